package id.banyuwangi.opendata.common.http;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Serves the text files of the portal's pages ({@code /portal/} and the WebJars under {@code /webjars/}, from
 * {@code META-INF/resources} in the jars) through the {@link RepresentationCache}, so that each is compressed once
 * per coding and then sent from memory, as Quarkus's static handler would send it but in gzip or Brotli to a client
 * that takes them (the HTTP layer compresses nothing itself). Other files (images) and paths that hold no file go on
 * to the static handler.
 */
@ApplicationScoped
public class StaticTextFiles {

    /** After {@link CachedResponseFilter}, which answers the files already in the cache. */
    private static final int PRIORITY = 90;

    private static final String ROOT = "META-INF/resources";
    private static final List<String> TREES = List.of("/portal/", "/webjars/");
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript", "map",
            "application/json");
    /** What Quarkus's static handler sends ({@code quarkus.http.static-resources.max-age}, 24 hours). */
    private static final Map<String, String> HEADERS = Map.of(HttpHeaders.CACHE_CONTROL,
            "public, immutable, max-age=86400", HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);

    private final RepresentationCache cache;
    private final CompressibleTypes compressible;
    private final OpenDataConfig config;

    public StaticTextFiles(RepresentationCache cache, CompressibleTypes compressible, OpenDataConfig config) {
        this.cache = cache;
        this.compressible = compressible;
        this.config = config;
    }

    void register(@Observes Filters filters) {
        filters.register(this::serve, PRIORITY);
    }

    private void serve(RoutingContext context) {
        String path = context.normalizedPath();
        String type = CachedResponseFilter.answerable(context.request()) ? mediaType(path) : null;
        byte[] bytes = type == null ? null : read(path);
        if (bytes == null) {
            context.next();
            return;
        }
        Representation representation = cache.get(context.request(),
                () -> Representation.of(bytes, type + ";charset=UTF-8", HEADERS));
        CachedResponseFilter.send(context, representation, config);
    }

    /** The media type of a text file in one of the trees, when the service compresses that type; else null. */
    private String mediaType(String path) {
        if (TREES.stream().noneMatch(path::startsWith)) {
            return null;
        }
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        return compressible.contains(type) ? type : null;
    }

    /** The file's bytes, or null when there is none (the path is already normalised: no dot segments). */
    private byte[] read(String path) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
