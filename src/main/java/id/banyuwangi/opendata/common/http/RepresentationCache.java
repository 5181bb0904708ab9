package id.banyuwangi.opendata.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.replica.ReplicaChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Supplier;

/**
 * Rendered GET responses, keyed like an HTTP cache keys them (absolute URI, and the Accept and Accept-Language
 * headers that {@code Vary} names), bounded in bytes ({@code opendata.http.cache-max-bytes}). The data only changes when
 * a release or a dataset's metadata changes, so entries stay valid until {@link #invalidateAll()} is called then, on
 * this replica by the listeners of those events and on the others through {@link ReplicaChanged}. Hits, misses,
 * evictions, entries and bytes are in {@code /q/metrics} ({@code opendata_cache_*}).
 */
@ApplicationScoped
public class RepresentationCache {

    private final Cache<String, Representation> cache;
    private final CompressibleTypes compressible;
    private final ActiveKeys keys;
    private final Counter hits;
    private final Counter misses;

    public RepresentationCache(OpenDataConfig config, CompressibleTypes compressible, ActiveKeys keys,
            MeterRegistry metrics) {
        this.compressible = compressible;
        this.keys = keys;
        Counter evictions = metrics.counter("opendata.cache.evictions");
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.http().cacheMaxBytes())
                .weigher((String key, Representation value) -> key.length() + value.weight())
                .removalListener((String key, Representation value, RemovalCause cause) -> {
                    if (cause.wasEvicted()) {
                        evictions.increment();
                    }
                })
                .build();
        this.hits = metrics.counter("opendata.cache.requests", "result", "hit");
        this.misses = metrics.counter("opendata.cache.requests", "result", "miss");
        metrics.gauge("opendata.cache.entries", cache, Cache::estimatedSize);
        metrics.gauge("opendata.cache.bytes", cache,
                c -> c.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L));
    }

    /**
     * The cache key of a request: its URI and the headers a response may vary on, Accept for every response and
     * Accept-Language for the pages (the API answers alike whatever it holds; a browser sends the same one each time).
     */
    private static String key(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return request.absoluteURI() + "\n" + (accept == null ? "" : accept) + "\n"
                + (language == null ? "" : language);
    }

    /**
     * Whether this request may be answered from, and its response stored into, this cache that every client shares:
     * not when it carries an active API key, because what one client is answered is then for that client only. A
     * made-up or revoked token is no credential and gets what an anonymous client gets.
     */
    private boolean shareable(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return true;
        }
        String token = ActiveKeys.bearerToken(authorization);
        return token != null && !keys.active(token);
    }

    /**
     * The representation for {@code request}: the cached one, else rendered and, when shareable, stored; with its
     * body in the coding the request prefers ({@link ContentCodings#preferred}).
     */
    public Representation get(HttpServerRequest request, Supplier<Representation> render) {
        if (!shareable(request)) {
            return unshared(request, render.get());
        }
        String key = key(request);
        boolean[] rendered = {false};
        Representation representation = cache.get(key, k -> {
            rendered[0] = true;
            return render.get();
        });
        (rendered[0] ? misses : hits).increment();
        return coded(request, key, representation);
    }

    /**
     * The cached representation for {@code request}, with its body in the coding the request prefers, or null
     * (always null when it is not shareable).
     */
    public Representation peek(HttpServerRequest request) {
        if (!shareable(request)) {
            return null;
        }
        String key = key(request);
        Representation cached = cache.getIfPresent(key);
        if (cached == null) {
            return null;
        }
        hits.increment();
        return coded(request, key, cached);
    }

    /**
     * A representation this cache does not keep (rendered for each request), with its body in the coding the
     * request prefers, so that each coding has its own ETag as for a cached one.
     */
    Representation unshared(HttpServerRequest request, Representation representation) {
        ContentCoding coding = preferred(request);
        return representation.wants(coding, compressible) ? representation.with(coding) : representation;
    }

    /** The coding of the response to {@code request} with {@code representation}: the preferred one, if made. */
    static ContentCoding coding(HttpServerRequest request, Representation representation) {
        ContentCoding coding = preferred(request);
        return representation.body(coding) == null ? ContentCoding.IDENTITY : coding;
    }

    private static ContentCoding preferred(HttpServerRequest request) {
        return ContentCodings.preferred(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    }

    /**
     * The representation with its body in the coding the request prefers, made once for the first client that asks
     * for that coding and stored in place of the entry (so that its weight counts every body).
     */
    private Representation coded(HttpServerRequest request, String key, Representation representation) {
        ContentCoding coding = preferred(request);
        if (!representation.wants(coding, compressible)) {
            return representation;
        }
        Representation compressed = representation.with(coding);
        cache.asMap().replace(key, representation, compressed);
        return compressed;
    }

    /** Drops every entry; called when the data behind the responses changes. */
    public void invalidateAll() {
        cache.invalidateAll();
    }

    /** Drops what another replica's write may have changed: everything, or (without a signal) all but the immutable. */
    void onReplicaChanged(@Observes ReplicaChanged change) {
        if (change.everything()) {
            invalidateAll();
        } else {
            cache.asMap().values().removeIf(representation -> !representation.immutable());
        }
    }
}
