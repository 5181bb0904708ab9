package id.banyuwangi.opendata.common.http;

import java.util.Locale;

/** The content codings a client accepts ({@code Accept-Encoding}, RFC 9110 section 12.5.3). */
public final class ContentCodings {

    /** Bodies shorter than this are sent as they are: compression would save little or nothing. */
    static final int MIN_COMPRESSED = 512;

    private ContentCodings() {
    }

    /** Whether {@code Accept-Encoding} accepts gzip: listed (or {@code *}) with a quality above zero. */
    public static boolean acceptsGzip(String acceptEncoding) {
        return accepts(acceptEncoding, ContentCoding.GZIP);
    }

    /**
     * The coding to send a compressible body in: Brotli when the client accepts it and this machine can make it, else
     * gzip when accepted, else the body as it is.
     */
    public static ContentCoding preferred(String acceptEncoding) {
        if (ContentCoding.BROTLI.available() && accepts(acceptEncoding, ContentCoding.BROTLI)) {
            return ContentCoding.BROTLI;
        }
        return acceptsGzip(acceptEncoding) ? ContentCoding.GZIP : ContentCoding.IDENTITY;
    }

    /** The coding to send a compressible body of {@code length} bytes in: {@link #preferred}, if that gains. */
    static ContentCoding preferred(String acceptEncoding, int length) {
        return length < MIN_COMPRESSED ? ContentCoding.IDENTITY : preferred(acceptEncoding);
    }

    /** Whether {@code Accept-Encoding} accepts {@code coding}: listed (or {@code *}) with a quality above zero. */
    static boolean accepts(String acceptEncoding, ContentCoding coding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean star = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String name = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean accepted = quality(pieces) > 0;
            if (name.equals(coding.token()) || coding == ContentCoding.GZIP && name.equals("x-gzip")) {
                return accepted;
            }
            if (name.equals("*")) {
                star = accepted;
            }
        }
        return star;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
