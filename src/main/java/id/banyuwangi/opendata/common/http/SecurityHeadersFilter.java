package id.banyuwangi.opendata.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Sets the security headers of every response, whichever layer ends it (a resource, the problem mapper, the rate
 * limiter or {@link CachedResponseFilter}), just before the headers are written:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, so that no browser runs a CSV or JSON body as script or HTML;</li>
 * <li>{@code Referrer-Policy: no-referrer} and {@code X-Frame-Options: DENY}: an API has no page to frame and no
 * link whose referrer a third party needs, so nothing is lost by forbidding both;</li>
 * <li>{@code Cache-Control: no-store} in place of the public caching header when the request carries
 * {@code Authorization}, so that no cache keeps what was answered to one client (the service's own
 * {@link RepresentationCache} is bypassed for such requests too).</li>
 * </ul>
 */
@ApplicationScoped
public class SecurityHeadersFilter {

    /** Above every other filter (the rate limiter's 200, the response cache's 100): it must see every response. */
    private static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(this::secure, PRIORITY);
    }

    private void secure(RoutingContext context) {
        boolean credentials = context.request().getHeader(HttpHeaders.AUTHORIZATION) != null;
        context.addHeadersEndHandler(ended -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            if (credentials) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        });
        context.next();
    }
}
