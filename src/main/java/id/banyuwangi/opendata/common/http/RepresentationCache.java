package id.banyuwangi.opendata.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered GET responses, keyed like an HTTP cache keys them (absolute URI, and the Accept header that
 * {@code Vary: Accept} names), bounded in bytes. The data only changes when a new release is loaded, so entries stay
 * valid until {@link #invalidateAll()} is called then.
 */
@ApplicationScoped
public class RepresentationCache {

    private final Cache<String, Representation> cache;
    private final Set<String> compressible;

    /**
     * @param compressible the media types the HTTP layer compresses; for the others it forces the identity coding,
     *                     so only these get a gzip variant
     */
    public RepresentationCache(OpenDataConfig config,
            @ConfigProperty(name = "quarkus.http.compress-media-types") List<String> compressible) {
        this.compressible = Set.copyOf(compressible);
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

    /**
     * The representation for {@code request}: the cached one, else rendered and, when shareable, stored; with its
     * gzip variant when the request accepts gzip.
     */
    public Representation get(HttpServerRequest request, Supplier<Representation> render) {
        if (!shareable(request)) {
            return render.get();
        }
        String key = key(request);
        return coded(request, key, cache.get(key, k -> render.get()));
    }

    /**
     * The cached representation for {@code request}, with its gzip variant when the request accepts gzip, or null
     * (always null when it is not shareable).
     */
    public Representation peek(HttpServerRequest request) {
        if (!shareable(request)) {
            return null;
        }
        String key = key(request);
        Representation cached = cache.getIfPresent(key);
        return cached == null ? null : coded(request, key, cached);
    }

    /** Whether the response to {@code request} is the gzip variant of {@code representation}. */
    static boolean gzipped(HttpServerRequest request, Representation representation) {
        return representation.gzip() != null
                && ContentCodings.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    }

    /**
     * The representation with its gzip variant, made once for the first client that accepts gzip and stored in
     * place of the entry (so that its weight counts both bodies).
     */
    private Representation coded(HttpServerRequest request, String key, Representation representation) {
        if (!representation.wantsGzip(compressible)
                || !ContentCodings.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
            return representation;
        }
        Representation compressed = representation.withGzip();
        cache.asMap().replace(key, representation, compressed);
        return compressed;
    }

    /** Drops every entry; called when the data behind the responses changes. */
    public void invalidateAll() {
        cache.invalidateAll();
    }
}
