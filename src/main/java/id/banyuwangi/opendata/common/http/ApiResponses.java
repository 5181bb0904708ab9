package id.banyuwangi.opendata.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.geo.Feature;
import id.banyuwangi.opendata.common.geo.FeatureCollection;
import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.common.paging.Slice;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.jboss.resteasy.reactive.PathPart;

/**
 * Answers GET requests the same way everywhere: the representation is rendered once per URI and Accept header,
 * cached, and carries a strong {@code ETag}, {@code Cache-Control} and {@code Vary: Accept, Accept-Encoding}
 * (responses are gzip-compressed when the client asks); a matching {@code If-None-Match} gets a 304 without a body.
 * Writes and reads that need an API key are answered with {@code Cache-Control: no-store} instead.
 */
@ApplicationScoped
public class ApiResponses {

    private static final String NO_STORE = "no-store";
    private static final String CURSOR = "cursor";

    @Inject
    UriInfo uriInfo;

    @Inject
    HttpHeaders headers;

    @Inject
    CurrentVertxRequest currentRequest;

    @Inject
    RepresentationCache cache;

    @Inject
    Representations representations;

    @Inject
    OpenDataConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    ExportFiles exports;

    @Inject
    CompressibleTypes compressible;

    /** The format of the current request among {@code offered}: see {@link Format#negotiate}. */
    public Format negotiate(String formatParameter, Format... offered) {
        return Format.negotiate(formatParameter, headers.getAcceptableMediaTypes(), offered);
    }

    /**
     * A 200 (or 304) with the representation that {@code render} produces for the current request. The
     * representation is cached under the request's URI and Accept header, which together determine the format;
     * later identical requests are answered by {@link CachedResponseFilter} before they reach a resource. A request
     * with credentials is rendered for itself and neither read from nor stored into that shared cache.
     */
    public Response get(Supplier<Representation> render) {
        HttpServerRequest request = currentRequest.getCurrent().request();
        Representation representation = cache.get(request, render);
        ContentCoding coding = RepresentationCache.coding(request, representation);
        return respond(representation, coding, headers(representation, coding, config));
    }

    /**
     * A 200 (or 304) with the representation that {@code render} produces, rendered anew for every request and never
     * kept in the shared cache: for an answer that any write may change and that must show it at once on every
     * replica, such as the change feed. It has its ETag and 304 like every GET, and tells caches to revalidate each
     * time ({@code Cache-Control: no-cache}).
     */
    public Response fresh(Supplier<Representation> render) {
        HttpServerRequest request = currentRequest.getCurrent().request();
        Representation representation = cache.unshared(request, render.get());
        ContentCoding coding = RepresentationCache.coding(request, representation);
        Map<String, String> fields = headers(representation, coding, config);
        fields.put(HttpHeaders.CACHE_CONTROL, "no-cache");
        return respond(representation, coding, fields);
    }

    private Response respond(Representation representation, ContentCoding coding, Map<String, String> fields) {
        Response.ResponseBuilder builder = representation.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))
                ? Response.notModified()
                : Response.ok(representation.body(coding), representation.mediaType());
        fields.forEach(builder::header);
        return builder.build();
    }

    /**
     * The headers of a GET response with this representation in {@code coding} (except Content-Type), as both paths
     * send them. A compressed body says so, which also keeps the HTTP layer from compressing it again.
     */
    static Map<String, String> headers(Representation representation, ContentCoding coding, OpenDataConfig config) {
        Map<String, String> headers = new LinkedHashMap<>(representation.headers());
        headers.put(HttpHeaders.ETAG, representation.quotedEtag(coding));
        if (coding != ContentCoding.IDENTITY) {
            headers.put(HttpHeaders.CONTENT_ENCODING, coding.token());
        }
        caching(config).forEach(headers::putIfAbsent);
        return headers;
    }

    private static Map<String, String> caching(OpenDataConfig config) {
        return Map.of(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.http().maxAge(),
                HttpHeaders.VARY, HttpHeaders.ACCEPT + ", " + HttpHeaders.ACCEPT_ENCODING);
    }

    /**
     * Renders one page of a list as JSON (the {@link Page} envelope), CSV ({@code csvName} is the attachment's file
     * name), NDJSON or GeoJSON ({@code features} turns the items into features).
     */
    public <D> Representation list(Format format, Slice<D> slice, Class<D> type, String csvName,
            Function<List<D>, List<Feature>> features) {
        Page.Paging paging = paging(slice.limit(), slice.nextCursor());
        CsvDialect dialect = dialect(format);
        return switch (format) {
            case JSON -> representations.page(new Page<>(slice.items(), paging));
            case CSV -> representations.csv(slice.items(), type, csvName, paging, dialect);
            case NDJSON -> representations.ndjson(slice.items(), paging);
            case GEOJSON -> representations.geoJson(FeatureCollection.of(features.apply(slice.items()), paging),
                    paging);
        };
    }

    /**
     * A 200 (or 304) with one page of a table-like list in the format the request asks for, JSON or CSV
     * ({@code csvName} is the attachment's file name); {@code page} is read only when the cache has no answer.
     */
    public <D> Response table(String formatParameter, Supplier<Slice<D>> page, Class<D> type, String csvName) {
        Format format = negotiate(formatParameter, Format.JSON, Format.CSV);
        return get(() -> list(format, page.get(), type, csvName, null));
    }

    /** Renders one item as JSON or, with {@code feature}, as a GeoJSON Feature. */
    public <D> Representation item(Format format, D item, Function<D, Feature> feature) {
        return format == Format.GEOJSON ? representations.geoJson(feature.apply(item), null) : json(item);
    }

    /**
     * A download of every row {@code rows} produces, streamed as CSV or NDJSON while it is read, in constant memory,
     * and kept as a file ({@link ExportFiles}) from which the same download is sent the next time, with its length,
     * by the kernel ({@code sendfile}). A client that accepts gzip has the streamed download gzipped as it is written
     * (the file keeps the bytes as they are). Its weak ETag, the same in either coding as a weak validator may be,
     * combines the request URI with {@code validator}, which must change whenever the rows do (so does the file's
     * key); a matching {@code If-None-Match} gets a 304 without reading any row.
     */
    public Response download(Format format, String filename, Class<?> rowType, String validator,
            Consumer<Consumer<Object>> rows) {
        String tag = EntityTags.of(uriInfo.getRequestUri() + " " + validator);
        CsvDialect dialect = dialect(format);
        String type = format == Format.CSV ? Representations.csvMediaType() : Format.X_NDJSON;
        String key = ExportFiles.key(uriInfo.getRequestUri().toString(), format.name(), dialect.name(), validator);
        Response.ResponseBuilder builder;
        Optional<PathPart> file;
        if (EntityTags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            builder = Response.notModified();
        } else if ((file = exports.find(key)).isPresent()) {
            builder = Response.ok(file.get(), type)
                    .header(HttpHeaders.CONTENT_LENGTH, file.get().count)
                    .header("Content-Disposition", Representations.attachment(filename));
        } else {
            boolean gzip = compressible.contains(type)
                    && ContentCodings.acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
            StreamingOutput body = out -> {
                GZIPOutputStream compressed = gzip ? ContentCoding.gzipStream(out) : null;
                ExportFiles.Capture capture = exports.capture(key, gzip ? compressed : out);
                try {
                    try (RowWriter writer = format == Format.CSV ? RowWriter.csv(json, rowType, capture, dialect)
                            : RowWriter.ndjson(json, capture)) {
                        rows.accept(writer::write);
                    }
                    if (gzip) {
                        compressed.finish();
                    }
                    capture.complete();
                } finally {
                    capture.release();
                }
            };
            builder = Response.ok(body, type).header("Content-Disposition", Representations.attachment(filename));
            if (gzip) {
                builder.header(HttpHeaders.CONTENT_ENCODING, ContentCoding.GZIP.token());
            }
        }
        caching(config).forEach(builder::header);
        return builder.header(HttpHeaders.ETAG, "W/\"" + tag + "\"").build();
    }

    /**
     * The CSV dialect the request's {@code spreadsheet} parameter asks for (declared by {@link ListQuery} and the
     * downloads); a 400 when it is malformed or the format is not CSV.
     */
    public CsvDialect dialect(Format format) {
        String value = uriInfo.getQueryParameters().getFirst(CsvDialect.PARAMETER);
        if (value == null) {
            return CsvDialect.STANDARD;
        }
        if (format != Format.CSV) {
            throw ApiException.invalidParameter(CsvDialect.PARAMETER, "applies to CSV only");
        }
        return Parameters.parse(CsvDialect.PARAMETER, value, CsvDialect::parse);
    }

    /** Renders a page as the JSON list envelope. */
    public <D> Representation page(Slice<D> slice) {
        return representations.page(new Page<>(slice.items(), paging(slice)));
    }

    /** Renders text of the given media type. */
    public Representation text(String text, String mediaType) {
        return Representation.of(text.getBytes(StandardCharsets.UTF_8), mediaType, Map.of());
    }

    /** Renders a body as JSON. */
    public Representation json(Object body) {
        return representations.json(body);
    }

    /**
     * The answer of a write or of a read that needs an API key: JSON, never cached (its content depends on who
     * asks, and writes are not repeatable), with a Location for a 201 (null for none).
     */
    public Response privateJson(int status, String location, byte[] body) {
        Response.ResponseBuilder builder = Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .entity(body);
        if (location != null) {
            builder.header(HttpHeaders.LOCATION, location);
        }
        return builder.build();
    }

    /** A 201 of a write that made the resource at {@code location}. */
    public Response created(String location, Object body) {
        return privateJson(Response.Status.CREATED.getStatusCode(), location, bytes(body));
    }

    /** A 200 with a body for the holder of an API key only. */
    public Response privately(Object body) {
        return privateJson(Response.Status.OK.getStatusCode(), null, bytes(body));
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response could not be serialised", e);
        }
    }

    /** A 204 to a write. */
    public Response noContent() {
        return Response.noContent().header(HttpHeaders.CACHE_CONTROL, NO_STORE).build();
    }

    /** The root URL of the service, for links, ending in a slash. */
    public String baseUri() {
        return uriInfo.getBaseUri().toString();
    }

    /** The paging metadata of a slice of the current request. */
    public Page.Paging paging(Slice<?> slice) {
        return paging(slice.limit(), slice.nextCursor());
    }

    private Page.Paging paging(int limit, String nextCursor) {
        String self = uriInfo.getRequestUri().toString();
        return new Page.Paging(limit, nextCursor, nextCursor == null ? null : next(self, nextCursor), self);
    }

    /**
     * The URL of the next page: {@code self} with its {@code cursor} parameters replaced by {@code cursor}, in the
     * same text as {@code UriBuilder.replaceQueryParam} makes it (the other parameters as they were sent, the cursor
     * last). Written out because the builder re-parses the URI for every page, a large part of an uncached page's
     * time. A cursor is base64url and a dot, which a query takes as it is.
     */
    static String next(String self, String cursor) {
        int question = self.indexOf('?');
        StringBuilder next = new StringBuilder(self.length() + cursor.length() + 8);
        next.append(self, 0, question < 0 ? self.length() : question).append('?');
        if (question >= 0 && question + 1 < self.length()) {
            for (String parameter : self.substring(question + 1).split("&")) {
                int equals = parameter.indexOf('=');
                if (!(equals < 0 ? parameter : parameter.substring(0, equals)).equals(CURSOR)) {
                    next.append(parameter).append('&');
                }
            }
        }
        return next.append(CURSOR).append('=').append(cursor).toString();
    }
}
