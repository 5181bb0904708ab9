package id.banyuwangi.opendata.common.api.v1;

import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.seed.Site;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1}: the index of the version 1 resources. */
@Path("/api/v1")
@Tag(name = "Meta")
public class ApiIndexResource {

    private final Site site;
    private final ApiResponses responses;

    public ApiIndexResource(Site site, ApiResponses responses) {
        this.site = site;
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getApiIndex", summary = "Index of the API",
            description = "Links to every resource of version 1, the OpenAPI document and the operational endpoints.")
    @APIResponse(responseCode = "200", description = "The index.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiIndexDto.class),
            examples = @ExampleObject(name = "index", value = ApiIndexDto.EXAMPLE)))
    public Response index() {
        return responses.get(() -> responses.json(ApiIndexDto.of(site, responses.baseUri())));
    }
}
