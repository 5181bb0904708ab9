package id.banyuwangi.opendata.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/**
 * Renders a problem the way every error leaves the service: an RFC 9457 document, or the envelope of the API the
 * path belongs to ({@link ProblemEnvelope}). Used by {@link ProblemMapper} and by the code that answers before the
 * REST layer (route filters), where an exception cannot reach the mapper.
 */
@ApplicationScoped
public class ProblemRenderer {

    /** A rendered problem response body and its media type. */
    public record Rendered(String mediaType, byte[] body) {
    }

    private final ObjectMapper json;
    private final Instance<ProblemEnvelope> envelopes;

    public ProblemRenderer(ObjectMapper json, Instance<ProblemEnvelope> envelopes) {
        this.json = json;
        this.envelopes = envelopes;
    }

    /** The problem of a request to {@code path}, in the shape its API uses. */
    public Rendered render(ProblemType type, String detail, List<FieldError> errors, String path, String baseUri) {
        ProblemEnvelope envelope = envelopes.stream().filter(e -> e.covers(path)).findFirst().orElse(null);
        Object body = envelope != null ? envelope.body(type, detail, errors, baseUri)
                : new ProblemDetail(type.uri(), type.title(), type.status(), detail, path, errors);
        try {
            return new Rendered(envelope != null ? envelope.mediaType() : ProblemMapper.PROBLEM_JSON,
                    json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem document could not be serialised", e);
        }
    }

    /**
     * Ends the response of a route filter, which answers before the REST layer, with the problem of its request to
     * {@code path}: the type's status, {@code Cache-Control: no-store} and the body in the shape of that path's API.
     */
    public void send(RoutingContext context, ProblemType type, String detail, String path) {
        HttpServerRequest request = context.request();
        Rendered problem = render(type, detail, List.of(), path, request.scheme() + "://" + request.authority() + "/");
        context.response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONTENT_TYPE, problem.mediaType())
                .end(Buffer.buffer(problem.body()));
    }
}
