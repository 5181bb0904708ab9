package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.region.RegencyService;
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

/** {@code /api/v1/regency}: the regency this service publishes. */
@Path("/api/v1/regency")
@Tag(name = "Regions")
public class RegencyResource {

    private final RegencyService regencies;
    private final ApiResponses responses;

    public RegencyResource(RegencyService regencies, ApiResponses responses) {
        this.regencies = regencies;
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRegency", summary = "Get the regency",
            description = "The regency this service publishes, with its numbers of kecamatan, desa and kelurahan"
                    + " (counted from the published rows) and its official area.")
    @APIResponse(responseCode = "200", description = "The regency.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegencyDto.class),
            examples = @ExampleObject(name = "regency", value = RegencyDto.EXAMPLE)))
    public Response get() {
        return responses.get(() -> responses.json(RegencyDto.from(regencies.regency(), responses.baseUri())));
    }
}
