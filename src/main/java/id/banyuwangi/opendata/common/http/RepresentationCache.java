package id.banyuwangi.opendata.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Rendered GET responses, keyed like an HTTP cache keys them (absolute URI, and the Accept header that
 * {@code Vary: Accept} names), bounded in bytes. The data only changes when a new release is loaded, so entries stay
 * valid until {@link #invalidateAll()} is called then.
 */
@ApplicationScoped
public class RepresentationCache {

    private final Cache<String, Representation> cache;

    public RepresentationCache(OpenDataConfig config) {
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.http().cacheMaxBytes())
                .weigher((String key, Representation value) -> key.length() + value.weight())
                .build();
    }

    /** The cache key of a request. */
    private static String key(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.absoluteURI() + "\n" + (accept == null ? "" : accept);
    }

    /**
     * Whether this request may be answered from, and its response stored into, this cache that every client shares:
     * not when it carries credentials, because what one client is answered is then for that client only.
     */
    private static boolean shareable(HttpServerRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /** The representation for {@code request}: the cached one, else rendered and, when shareable, stored. */
    public Representation get(HttpServerRequest request, Supplier<Representation> render) {
        return shareable(request) ? cache.get(key(request), k -> render.get()) : render.get();
    }

    /** The cached representation for {@code request}, or null (always null when it is not shareable). */
    public Representation peek(HttpServerRequest request) {
        return shareable(request) ? cache.getIfPresent(key(request)) : null;
    }

    /** Drops every entry; called when the data behind the responses changes. */
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
