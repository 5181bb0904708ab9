package id.banyuwangi.opendata.publicservice.api.v1;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.publicservice.PublicServiceService;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionDirectory;
import id.banyuwangi.opendata.region.RegionLevel;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/villages/{code}/services}: the Smart Kampung services one village offers. */
@Path("/api/v1/villages/{code}/services")
@Tag(name = "Public services")
public class VillageOfferingResource {

    private final PublicServiceService services;
    private final RegionDirectory regions;
    private final ApiResponses responses;

    public VillageOfferingResource(PublicServiceService services, RegionDirectory regions, ApiResponses responses) {
        this.services = services;
        this.regions = regions;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV})
    @Operation(operationId = "listVillageServices", summary = "List the services one village offers",
            description = "The Smart Kampung services a desa or kelurahan offers, since when, through which channel"
                    + " and per which source (the latest release of smart-kampung-offerings); empty until a regency"
                    + " office publishes one. Sortable field: service_code.")
    @APIResponse(responseCode = "200", description = "One page of offerings.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceOfferingDto.ServiceOfferingPage.class),
                    examples = @ExampleObject(name = "empty", value = ServiceOfferingDto.EMPTY_EXAMPLE)),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(
            @Parameter(description = "Kemendagri code of the desa or kelurahan.", example = "35.10.01.2001")
            @PathParam("code") String code,
            @BeanParam ListQuery query) {
        RegionCode village = Parameters.parse("code", code, c -> RegionCode.parse(c, RegionLevel.VILLAGE));
        return responses.table(query.format, () -> services.ofVillage(village, query.paging())
                        .map(o -> ServiceOfferingDto.from(o, regions.name(o.key.villageCode()), responses.baseUri())),
                ServiceOfferingDto.class, "village-services-" + code + ".csv");
    }
}
