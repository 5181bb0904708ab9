package id.banyuwangi.opendata.common.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered response body with its media type, strong ETag (from the SHA-256 of the bytes) and the extra headers
 * that belong to it (Link, Content-Disposition), and, once a client has asked for it, the same body gzip-compressed
 * (with an ETag of its own, as RFC 9110 requires of another content coding). Bodies are kept off-heap and
 * read-only, so that every response writes the same bytes to the socket without copying or compressing them again.
 *
 * @param gzip the gzip-compressed body, or null while none was made (or the body is not worth compressing)
 */
public record Representation(Buffer body, String mediaType, String etag, Map<String, String> headers, Buffer gzip) {

    /** Bodies shorter than this are sent as they are: compression would save little or nothing. */
    private static final int MIN_COMPRESSED = 512;
    private static final String GZIP_SUFFIX = "-gz";

    /** Renders a representation, computing its ETag from the bytes. */
    public static Representation of(byte[] bytes, String mediaType, Map<String, String> headers) {
        return new Representation(offHeap(bytes), mediaType, EntityTags.of(bytes), Map.copyOf(headers), null);
    }

    private static Buffer offHeap(byte[] bytes) {
        ByteBuf direct = Unpooled.directBuffer(bytes.length).writeBytes(bytes);
        return Buffer.buffer(Unpooled.unreleasableBuffer(direct.asReadOnly()));
    }

    /** The ETag as the header carries it: a quoted strong validator (of the gzip variant when {@code gzipped}). */
    public String quotedEtag(boolean gzipped) {
        return "\"" + etag + (gzipped ? GZIP_SUFFIX : "") + "\"";
    }

    /** The same representation with one more header (e.g. the Cache-Control of immutable content). */
    public Representation withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Representation(body, mediaType, etag, Map.copyOf(more), gzip);
    }

    /** The same bytes served as another media type. */
    public Representation withMediaType(String type) {
        return new Representation(body, type, etag, headers, gzip);
    }

    /** Whether a gzip variant is worth making (for a body of one of {@code compressible}) and not made yet. */
    boolean wantsGzip(Set<String> compressible) {
        return gzip == null && body.length() >= MIN_COMPRESSED
                && compressible.contains(mediaType.split(";")[0].trim());
    }

    /** This representation with its gzip variant made. */
    Representation withGzip() {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length() / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Representation(body, mediaType, etag, headers, offHeap(compressed.toByteArray()));
    }

    /** Whether an {@code If-None-Match} header matches this representation in either coding. */
    public boolean matches(String ifNoneMatch) {
        return EntityTags.matches(ifNoneMatch, etag) || EntityTags.matches(ifNoneMatch, etag + GZIP_SUFFIX);
    }

    /** Whether this representation never changes (a numbered version's, served {@code immutable}). */
    public boolean immutable() {
        return headers.getOrDefault("Cache-Control", "").contains("immutable");
    }

    /** Approximate memory held by this representation, for the cache's weigher. */
    public int weight() {
        return body.length() + (gzip == null ? 0 : gzip.length()) + 256;
    }
}
