package id.banyuwangi.opendata.common.http;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemType;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A request body that may not exceed a number of bytes: reading past it fails with {@link TooLarge}, which
 * {@link #problem} turns into a 413. Checked as the bytes arrive, so a chunked body without Content-Length is
 * bounded too.
 */
public final class LimitedInputStream extends FilterInputStream {

    /** The body went past the limit. */
    public static final class TooLarge extends IOException {
        private final long limit;

        TooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    private final long limit;
    private long read;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Throws the 413 at once when the declared length (-1 when unknown) is over the limit. */
    public static void checkDeclared(long contentLength, long limit) {
        if (contentLength > limit) {
            throw problem(new TooLarge(limit));
        }
    }

    /** The 413 problem of a body that went past its limit. */
    public static ApiException problem(TooLarge e) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than this operation"
                + " accepts (" + e.limit + " bytes).", List.of());
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLarge {
        read += n;
        if (read > limit) {
            throw new TooLarge(limit);
        }
    }
}
