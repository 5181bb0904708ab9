package id.banyuwangi.opendata.common.http;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a GET whose representation is already in the {@link RepresentationCache} straight from the HTTP event
 * loop, the way a cache in front of the service would, without going through the REST layer. Only what
 * {@link ApiResponses} stored after a successful render is ever served, with the same headers and the same
 * {@code If-None-Match} handling. Cross-origin requests take the normal path so that CORS headers are added, and
 * requests with credentials are never answered from the shared cache.
 */
@ApplicationScoped
public class CachedResponseFilter {

    private static final int PRIORITY = 100;

    private final RepresentationCache cache;
    private final OpenDataConfig config;

    public CachedResponseFilter(RepresentationCache cache, OpenDataConfig config) {
        this.cache = cache;
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(this::serveCached, PRIORITY);
    }

    private void serveCached(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!answerable(request)) {
            context.next();
            return;
        }
        Representation representation = cache.peek(request);
        if (representation == null) {
            context.next();
            return;
        }
        send(context, representation, config);
    }

    /** Whether a request may be answered on the event loop: a GET from the same origin (see the class comment). */
    static boolean answerable(HttpServerRequest request) {
        return request.method() == HttpMethod.GET && request.getHeader(HttpHeaders.ORIGIN) == null;
    }

    /**
     * Answers with {@code representation} in the coding the request prefers, with the headers {@link ApiResponses}
     * gives it, or a 304 when {@code If-None-Match} matches it.
     */
    static void send(RoutingContext context, Representation representation, OpenDataConfig config) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        ContentCoding coding = RepresentationCache.coding(request, representation);
        ApiResponses.headers(representation, coding, config).forEach(response::putHeader);
        if (representation.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, representation.mediaType())
                    .end(representation.body(coding));
        }
    }
}
