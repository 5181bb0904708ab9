package id.banyuwangi.opendata.publicservice.api.v1;

import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.publicservice.PublicServiceService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/service-components}: the seven components of Smart Kampung. */
@Path("/api/v1/service-components")
@Tag(name = "Public services")
public class ServiceComponentResource {

    private final PublicServiceService services;
    private final ApiResponses responses;

    public ServiceComponentResource(PublicServiceService services, ApiResponses responses) {
        this.services = services;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV})
    @Operation(operationId = "listServiceComponents", summary = "List the Smart Kampung components",
            description = "The seven components of Smart Kampung (public service, health, economic empowerment,"
                    + " education and culture, poverty alleviation, legal-information literacy, human-resource"
                    + " development). Sortable field: code.")
    @APIResponse(responseCode = "200", description = "One page of components.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceComponentDto.ServiceComponentPage.class),
                    examples = @ExampleObject(name = "components", value = "{\"items\":["
                            + ServiceComponentDto.EXAMPLE + "],\"paging\":{\"limit\":1,\"next_cursor\":null,"
                            + "\"next\":null,\"self\":\"https://example.org/api/v1/service-components?limit=1\"}}")),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@BeanParam ListQuery query) {
        return responses.table(query.format, () -> services.components(query.paging()).map(ServiceComponentDto::from),
                ServiceComponentDto.class, "service-components.csv");
    }
}
