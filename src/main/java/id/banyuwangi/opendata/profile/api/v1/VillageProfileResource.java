package id.banyuwangi.opendata.profile.api.v1;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.profile.VillageProfileService;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionLevel;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/villages/{code}/profile}: everything published about one village. */
@Path("/api/v1/villages/{code}/profile")
@Tag(name = "Indicators")
public class VillageProfileResource {

    private final VillageProfileService profiles;
    private final ApiResponses responses;

    public VillageProfileResource(VillageProfileService profiles, ApiResponses responses) {
        this.profiles = profiles;
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getVillageProfile", summary = "Get the profile of a village",
            description = "Each indicator's latest value for the village with the previous period's value and the"
                    + " change, the indicators that do not cover it (a kelurahan has no IDM), and the Smart Kampung"
                    + " services it offers. Where sources disagree on a period, the more authoritative one is shown.")
    @APIResponse(responseCode = "200", description = "The profile.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageProfileDto.class),
            examples = @ExampleObject(name = "profile", value = VillageProfileDto.EXAMPLE)))
    public Response get(
            @Parameter(description = "Kemendagri code of the desa or kelurahan.", example = "35.10.01.2001")
            @PathParam("code") String code) {
        RegionCode village = Parameters.parse("code", code, c -> RegionCode.parse(c, RegionLevel.VILLAGE));
        return responses.get(() -> responses.json(VillageProfileDto.from(profiles.profile(village),
                responses.baseUri())));
    }
}
