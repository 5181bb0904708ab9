package id.banyuwangi.opendata.common.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A rendered response body with its media type, strong ETag (from the SHA-256 of the bytes) and the extra headers
 * that belong to it (Link, Content-Disposition), and, once a client has asked for them, the same body compressed in
 * gzip or Brotli (each with an ETag of its own, as RFC 9110 requires of another content coding). Bodies are kept
 * off-heap and read-only, so that every response writes the same bytes to the socket without copying or compressing
 * them again.
 *
 * @param encoded the body in the compressed codings made so far (none while no client asked, or the body is not worth
 *                compressing)
 */
public record Representation(Buffer body, String mediaType, String etag, Map<String, String> headers,
        Map<ContentCoding, Buffer> encoded) {

    /** Renders a representation, computing its ETag from the bytes. */
    public static Representation of(byte[] bytes, String mediaType, Map<String, String> headers) {
        return new Representation(offHeap(bytes), mediaType, EntityTags.of(bytes), Map.copyOf(headers), Map.of());
    }

    private static Buffer offHeap(byte[] bytes) {
        ByteBuf direct = Unpooled.directBuffer(bytes.length).writeBytes(bytes);
        return Buffer.buffer(Unpooled.unreleasableBuffer(direct.asReadOnly()));
    }

    /** The body in {@code coding}, or null when it was not made. */
    public Buffer body(ContentCoding coding) {
        return coding == ContentCoding.IDENTITY ? body : encoded.get(coding);
    }

    /** The ETag as the header carries it: a quoted strong validator of the body in {@code coding}. */
    public String quotedEtag(ContentCoding coding) {
        return "\"" + etag + coding.etagSuffix() + "\"";
    }

    /** The same representation with one more header (e.g. the Cache-Control of immutable content). */
    public Representation withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Representation(body, mediaType, etag, Map.copyOf(more), encoded);
    }

    /** The same bytes served as another media type. */
    public Representation withMediaType(String type) {
        return new Representation(body, type, etag, headers, encoded);
    }

    /**
     * Whether the body in {@code coding} is worth making (for a body of one of the {@code compressible} types) and not
     * made yet.
     */
    boolean wants(ContentCoding coding, CompressibleTypes compressible) {
        return coding != ContentCoding.IDENTITY && !encoded.containsKey(coding)
                && body.length() >= ContentCodings.MIN_COMPRESSED && compressible.contains(mediaType);
    }

    /** This representation with its body in {@code coding} made. */
    Representation with(ContentCoding coding) {
        Map<ContentCoding, Buffer> more = new EnumMap<>(ContentCoding.class);
        more.putAll(encoded);
        more.put(coding, offHeap(coding.encode(body.getBytes())));
        return new Representation(body, mediaType, etag, headers, Map.copyOf(more));
    }

    /** Whether an {@code If-None-Match} header matches this representation in any coding. */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false; // most requests: no tag of any coding to build
        }
        for (ContentCoding coding : ContentCoding.values()) {
            if (EntityTags.matches(ifNoneMatch, etag + coding.etagSuffix())) {
                return true;
            }
        }
        return false;
    }

    /** Whether this representation never changes (a numbered version's, served {@code immutable}). */
    public boolean immutable() {
        return headers.getOrDefault("Cache-Control", "").contains("immutable");
    }

    /** Approximate memory held by this representation, for the cache's weigher. */
    public int weight() {
        return body.length() + encoded.values().stream().mapToInt(Buffer::length).sum() + 256;
    }
}
