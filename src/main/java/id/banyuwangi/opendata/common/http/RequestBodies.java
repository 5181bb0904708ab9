package id.banyuwangi.opendata.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Request bodies: their declared length, and JSON bodies read as they stream in, bounded by {@code opendata.publishing.max-json-bytes} (413 past
 * it), so that a huge body is refused without being held in memory first. Malformed JSON is left to the problem
 * mapper (400).
 */
@ApplicationScoped
public class RequestBodies {

    /** The media type of a JSON merge patch (RFC 7396). */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    private final ObjectMapper json;
    private final OpenDataConfig config;

    public RequestBodies(ObjectMapper json, OpenDataConfig config) {
        this.json = json;
        this.config = config;
    }

    /** The declared length of a body from its Content-Length header, -1 when there is none. */
    public static long length(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("Content-Length", "is not a number");
        }
    }

    /** The body as a {@code type}; an empty body is a 400. */
    public <T> T read(InputStream body, long contentLength, Class<T> type) {
        long limit = config.publishing().maxJsonBytes();
        LimitedInputStream.checkDeclared(contentLength, limit);
        try (InputStream in = new LimitedInputStream(body, limit)) {
            T value = json.readValue(in, type);
            if (value == null) {
                throw new ApiException(ProblemType.MALFORMED_BODY, "The request body is empty; send a JSON object.",
                        List.of());
            }
            return value;
        } catch (LimitedInputStream.TooLarge e) {
            throw LimitedInputStream.problem(e);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof LimitedInputStream.TooLarge tooLarge) {
                throw LimitedInputStream.problem(tooLarge);
            }
            throw ApiException.malformedBody(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
