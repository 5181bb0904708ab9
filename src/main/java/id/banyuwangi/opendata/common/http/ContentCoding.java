package id.banyuwangi.opendata.common.http;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A content coding (RFC 9110 section 8.4.1) in which a cached representation is kept and sent: as it is, gzip, or
 * Brotli (RFC 7932, through brotli4j's native library, where it loads). Each has its own ETag suffix, since a body in
 * another coding is another representation.
 */
public enum ContentCoding {
    IDENTITY("identity", ""),
    GZIP("gzip", "-gz"),
    BROTLI("br", "-br");

    /**
     * Brotli's quality 6 of 11: made once per cached body, yet on the request that first asks, so it must be quick
     * (tens of MB/s) while still smaller than gzip's best.
     */
    private static final int BROTLI_QUALITY = 6;

    private static final int STREAM_BUFFER = 64 * 1024;

    private final String token;
    private final String etagSuffix;

    ContentCoding(String token, String etagSuffix) {
        this.token = token;
        this.etagSuffix = etagSuffix;
    }

    /** The name in {@code Accept-Encoding} and {@code Content-Encoding}. */
    public String token() {
        return token;
    }

    /** What the ETag of a body in this coding adds to the ETag of the body as it is. */
    String etagSuffix() {
        return etagSuffix;
    }

    /** Whether this machine can compress in this coding (Brotli needs its native library). */
    boolean available() {
        return this != BROTLI || Brotli.AVAILABLE;
    }

    /** {@code bytes} in this coding. */
    byte[] encode(byte[] bytes) {
        try {
            return switch (this) {
                case IDENTITY -> bytes;
                case GZIP -> {
                    ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 4 + 64);
                    try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
                        out.write(bytes);
                    }
                    yield compressed.toByteArray();
                }
                case BROTLI -> Encoder.compress(bytes, new Encoder.Parameters().setQuality(BROTLI_QUALITY));
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A gzip stream for a body compressed while it is written, at the fastest level: the response waits on it, and
     * a download's text shrinks nearly as much as at the default level.
     */
    static GZIPOutputStream gzipStream(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, STREAM_BUFFER) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    /** Loaded on first use only, so that a machine without the native library never tries. */
    private static final class Brotli {
        static final boolean AVAILABLE = Brotli4jLoader.isAvailable();
    }
}
