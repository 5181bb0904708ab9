package id.banyuwangi.opendata.common.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.Map;

/**
 * A rendered response body with its media type, strong ETag (from the SHA-256 of the bytes) and the extra headers
 * that belong to it (Link, Content-Disposition). The body is kept off-heap and read-only, so that every response
 * writes the same bytes to the socket without copying them first.
 */
public record Representation(Buffer body, String mediaType, String etag, Map<String, String> headers) {

    /** Renders a representation, computing its ETag from the bytes. */
    public static Representation of(byte[] bytes, String mediaType, Map<String, String> headers) {
        ByteBuf direct = Unpooled.directBuffer(bytes.length).writeBytes(bytes);
        Buffer body = Buffer.buffer(Unpooled.unreleasableBuffer(direct.asReadOnly()));
        return new Representation(body, mediaType, EntityTags.of(bytes), Map.copyOf(headers));
    }

    /** The ETag as the header carries it: a quoted strong validator. */
    public String quotedEtag() {
        return "\"" + etag + "\"";
    }

    /** The same representation with one more header (e.g. the Cache-Control of immutable content). */
    public Representation withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Representation(body, mediaType, etag, Map.copyOf(more));
    }

    /** The same bytes served as another media type. */
    public Representation withMediaType(String type) {
        return new Representation(body, type, etag, headers);
    }

    /** Whether an {@code If-None-Match} header matches this representation. */
    public boolean matches(String ifNoneMatch) {
        return EntityTags.matches(ifNoneMatch, etag);
    }

    /** Approximate memory held by this representation, for the cache's weigher. */
    public int weight() {
        return body.length() + 256;
    }
}
