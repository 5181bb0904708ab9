package id.banyuwangi.opendata.common.http;

import id.banyuwangi.opendata.common.hash.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Entity tags (RFC 9110 section 8.8.3): made from content, and compared with {@code If-None-Match}. */
public final class EntityTags {

    private static final int LENGTH = 27;

    private EntityTags() {
    }

    /** An opaque tag (without quotes) from the SHA-256 of the bytes. */
    public static String of(byte[] content) {
        byte[] hash = Sha256.digest().digest(content);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, LENGTH);
    }

    /** An opaque tag (without quotes) from the SHA-256 of the text. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether an {@code If-None-Match} header matches the opaque tag: {@code *}, or any listed tag equal to it
     * under the weak comparison (a {@code W/} prefix is ignored).
     */
    public static boolean matches(String ifNoneMatch, String opaqueTag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String quoted = "\"" + opaqueTag + "\"";
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(quoted)) {
                return true;
            }
        }
        return false;
    }
}
