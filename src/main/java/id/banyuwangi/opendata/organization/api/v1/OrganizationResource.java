package id.banyuwangi.opendata.organization.api.v1;

import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.organization.OrganizationService;
import jakarta.ws.rs.BeanParam;
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

/** {@code /api/v1/organizations}: the publishers of the datasets. */
@Path("/api/v1/organizations")
@Tag(name = "Datasets")
public class OrganizationResource {

    private final OrganizationService organizations;
    private final ApiResponses responses;

    public OrganizationResource(OrganizationService organizations, ApiResponses responses) {
        this.organizations = organizations;
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOrganizations", summary = "List the publishing organizations",
            description = "The regency offices that publish datasets. Sortable fields: id, name.")
    @APIResponse(responseCode = "200", description = "One page of organizations.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganizationDto.OrganizationPage.class),
            examples = @ExampleObject(name = "organizations", value = "{\"items\":[" + OrganizationDto.EXAMPLE
                    + "],\"paging\":{\"limit\":1,\"next_cursor\":null,\"next\":null,"
                    + "\"self\":\"https://example.org/api/v1/organizations?limit=1\"}}")))
    public Response list(@BeanParam ListQuery query) {
        responses.negotiate(query.format, Format.JSON);
        return responses.get(() -> responses.page(organizations.list(query.paging())
                .map(o -> OrganizationDto.from(o, responses.baseUri()))));
    }
}
