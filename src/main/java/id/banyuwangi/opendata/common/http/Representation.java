package id.banyuwangi.opendata.common.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
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
        return new Representation(body, mediaType, etagOf(bytes), Map.copyOf(headers));
    }

    /** The ETag as the header carries it: a quoted strong validator. */
    public String quotedEtag() {
        return "\"" + etag + "\"";
    }

    /**
     * Whether an {@code If-None-Match} header matches this representation (RFC 9110 section 13.1.2: {@code *}, or
     * any listed tag equal under the weak comparison).
     */
    public boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(quotedEtag())) {
                return true;
            }
        }
        return false;
    }

    /** Approximate memory held by this representation, for the cache's weigher. */
    public int weight() {
        return body.length() + 256;
    }

    private static String etagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
