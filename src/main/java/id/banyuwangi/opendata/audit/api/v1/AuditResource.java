package id.banyuwangi.opendata.audit.api.v1;

import id.banyuwangi.opendata.audit.AuditService;
import id.banyuwangi.opendata.auth.Authenticated;
import id.banyuwangi.opendata.auth.CallerContext;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.common.openapi.OpenApiDocument;
import id.banyuwangi.opendata.common.paging.Slice;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/audit}: the log of every write, for administrators. */
@Path("/api/v1/audit")
@Tag(name = "Administration")
@Authenticated
@SecurityRequirement(name = OpenApiDocument.API_KEY)
public class AuditResource {

    private final AuditService audit;
    private final CallerContext caller;
    private final ApiResponses responses;

    public AuditResource(AuditService audit, CallerContext caller, ApiResponses responses) {
        this.audit = audit;
        this.caller = caller;
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAuditEvents", summary = "Read the audit log",
            description = "Every write request (POST, PATCH, DELETE under /api/): who (API key, client address),"
                    + " what (operation, path, what it created), when, and how it ended (status and outcome; the"
                    + " reason of a rejection). Newest first; `sort=id` for oldest first. Needs an admin key.")
    @APIResponse(responseCode = "200", description = "One page of events.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AuditEventDto.AuditEventPage.class),
            examples = @ExampleObject(name = "events", value = "{\"items\":[" + AuditEventDto.EXAMPLE + "],"
                    + "\"paging\":{\"limit\":100,\"next_cursor\":null,\"next\":null,"
                    + "\"self\":\"https://example.org/api/v1/audit\"}}")))
    public Response list(@BeanParam ListQuery query,
            @Parameter(description = "Only events of this operation id.", example = "publishDatasetDraft")
            @QueryParam("action") String action,
            @Parameter(description = "Only events of this API key.", example = "key_5e1f0a9b3c7d2e4f")
            @QueryParam("key_id") String keyId) {
        responses.negotiate(query.format, Format.JSON);
        Slice<AuditEventDto> page = audit.events(caller.get(), action, keyId, query.paging())
                .map(AuditEventDto::from);
        return responses.privately(new AuditEventDto.AuditEventPage(page.items(), responses.paging(page)));
    }
}
