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
    public static String key(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.absoluteURI() + "\n" + (accept == null ? "" : accept);
    }

    /** The cached representation for {@code key}, rendering and storing it on a miss. */
    public Representation get(String key, Supplier<Representation> render) {
        return cache.get(key, k -> render.get());
    }

    /** The cached representation for {@code key}, or null. */
    public Representation peek(String key) {
        return cache.getIfPresent(key);
    }

    /** Drops every entry; called when the data behind the responses changes. */
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
