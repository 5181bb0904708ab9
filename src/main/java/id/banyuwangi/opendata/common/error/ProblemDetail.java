package id.banyuwangi.opendata.common.error;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details document, the body of every error response. */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record ProblemDetail(
        @Schema(description = "URI reference that identifies the kind of problem; GET it for an explanation.",
                examples = "/problems/invalid-parameter")
        String type,
        @Schema(description = "Short human summary of the kind of problem.", examples = "Invalid request parameter")
        String title,
        @Schema(description = "HTTP status code.", examples = "400")
        int status,
        @Schema(description = "Human explanation of this occurrence.", examples = "limit must be between 1 and 1000")
        String detail,
        @Schema(description = "The request path this problem occurred on.", examples = "/api/v1/villages")
        String instance,
        @Schema(description = "Field-level problems; empty when the problem concerns the request as a whole.")
        List<FieldError> errors) {

    /** One problem with one named field or parameter, and for uploaded data the row it is in. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Name of the parameter or field.", examples = "limit") String field,
            @Schema(description = "What is wrong with it.", examples = "must be between 1 and 1000") String detail,
            @Schema(description = "For uploaded CSV data, the 1-based data row (0 for the header); null otherwise.",
                    nullable = true, examples = "12") Long row) {

        /** A problem with a parameter or field, not tied to a row. */
        public FieldError(String field, String detail) {
            this(field, detail, null);
        }
    }
}
