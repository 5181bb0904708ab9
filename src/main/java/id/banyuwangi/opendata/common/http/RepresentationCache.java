package id.banyuwangi.opendata.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * Rendered GET responses by request URI and format, bounded in bytes. The data only changes when a new release is
 * loaded, so entries stay valid until {@link #invalidateAll()} is called then.
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

    /** The cached representation for {@code key}, rendering and storing it on a miss. */
    public Representation get(String key, Supplier<Representation> render) {
        return cache.get(key, k -> render.get());
    }

    /** Drops every entry; called when the data behind the responses changes. */
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
