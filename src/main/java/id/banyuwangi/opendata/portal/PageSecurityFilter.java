package id.banyuwangi.opendata.portal;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Sets the {@code Content-Security-Policy} of the pages (and of their scripts and styles): everything from the
 * service itself, no inline script or style, no plug-ins, no framing, forms only to the service; images also from
 * the configured tile host. The API's paths keep their headers untouched.
 */
@ApplicationScoped
class PageSecurityFilter {

    /** Beside the security headers' filter (1000), above the response cache's (100), so cached pages get it too. */
    private static final int PRIORITY = 990;

    private final String policy;

    PageSecurityFilter(PortalConfig config) {
        this.policy = policy(config);
    }

    static String policy(PortalConfig config) {
        String tiles = config.tileUrl().map(PageSecurityFilter::origin).map(o -> " " + o).orElse("");
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
                + "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
                + " frame-ancestors 'none'";
    }

    private static String origin(String template) {
        URI uri = URI.create(template.replaceAll("\\{[a-z]}", "0"));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    void register(@Observes Filters filters) {
        filters.register(this::secure, PRIORITY);
    }

    private void secure(RoutingContext context) {
        if (PagePaths.isPage(context.request().path())) {
            context.addHeadersEndHandler(ended -> context.response().headers().set("Content-Security-Policy", policy));
        }
        context.next();
    }
}
