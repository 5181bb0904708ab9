package id.banyuwangi.opendata.common.api;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.common.http.ApiResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /problems/{slug}}: what each problem {@code type} URI means (RFC 9457 section 3.1.1). */
@Path("/problems")
@Tag(name = "Meta")
public class ProblemTypeResource {

    private final ApiResponses responses;

    public ProblemTypeResource(ApiResponses responses) {
        this.responses = responses;
    }

    @GET
    @Path("/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProblemType", summary = "Explain a problem type",
            description = "The documentation behind the `type` URI of a problem details response.")
    @APIResponse(responseCode = "200", description = "The problem type.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemTypeDto.class),
            examples = @ExampleObject(name = "not-found", value = ProblemTypeDto.EXAMPLE)))
    public Response get(
            @Parameter(description = "The last segment of the problem's type URI.", example = "invalid-parameter")
            @PathParam("slug") String slug) {
        ProblemType type = Arrays.stream(ProblemType.values()).filter(t -> t.slug().equals(slug)).findFirst()
                .orElseThrow(() -> ApiException.notFound("No problem type is called '" + slug + "'."));
        return responses.get(() -> responses.json(ProblemTypeDto.from(type)));
    }
}
