package id.banyuwangi.opendata.common.api;

import id.banyuwangi.opendata.common.error.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The explanation of one kind of problem, served at its {@code type} URI. */
@Schema(name = "ProblemType")
public record ProblemTypeDto(
        @Schema(examples = "/problems/invalid-parameter") String type,
        @Schema(examples = "Invalid request parameter") String title,
        @Schema(examples = "400") int status,
        String description) {

    /** Example of a problem type in JSON. */
    public static final String EXAMPLE = """
            {"type":"/problems/not-found","title":"Resource not found","status":404,\
            "description":"Nothing exists at this path, or no record has the given identifier."}""";

    public static ProblemTypeDto from(ProblemType type) {
        return new ProblemTypeDto(type.uri(), type.title(), type.status(), type.description());
    }
}
