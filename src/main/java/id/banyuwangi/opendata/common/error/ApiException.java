package id.banyuwangi.opendata.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import java.util.List;
import java.util.Map;

/** An error the client can act on; {@link ProblemMapper} turns it into a problem details response. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final transient List<FieldError> errors;
    private final transient Map<String, String> headers;

    public ApiException(ProblemType type, String detail, List<FieldError> errors) {
        this(type, detail, errors, Map.of());
    }

    /** A problem whose response must carry {@code headers} (e.g. {@code WWW-Authenticate} of a 401). */
    public ApiException(ProblemType type, String detail, List<FieldError> errors, Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    /** A single malformed or out-of-range parameter. */
    public static ApiException invalidParameter(String parameter, String problem) {
        return new ApiException(ProblemType.INVALID_PARAMETER, parameter + " " + problem,
                List.of(new FieldError(parameter, problem)));
    }

    /** The 400 of a request body that is not the JSON the operation takes. */
    public static ApiException malformedBody(JsonProcessingException e) {
        String location = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String field = String.join(".", m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]").toList());
            String problem = e instanceof UnrecognizedPropertyException ? "is not a field of this operation's body"
                    : "has the wrong type or format";
            return new ApiException(ProblemType.MALFORMED_BODY, "The request body does not fit this operation"
                    + location + ": " + field + " " + problem + ".", List.of(new FieldError(field, problem)));
        }
        return new ApiException(ProblemType.MALFORMED_BODY,
                "The request body is not valid JSON for this operation" + location + ".", List.of());
    }

    /** A request whose identifier names nothing that exists. */
    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail, List.of());
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Headers the problem response must carry (e.g. {@code Content-Range} of a 416); none by default. */
    public Map<String, String> headers() {
        return headers;
    }
}
