package id.banyuwangi.opendata.dataset.api.v1;

import id.banyuwangi.opendata.auth.Authenticated;
import id.banyuwangi.opendata.auth.CallerContext;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.common.http.RequestBodies;
import id.banyuwangi.opendata.common.openapi.OpenApiDocument;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.dataset.release.DatasetDraft;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.DraftService;
import id.banyuwangi.opendata.idempotency.Idempotency;
import id.banyuwangi.opendata.idempotency.Idempotent;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/datasets/{id}/drafts}: upload the next version of a dataset, review it, publish or discard it. */
@Path("/api/v1/datasets/{id}/drafts")
@Tag(name = "Publishing")
@Authenticated
@SecurityRequirement(name = OpenApiDocument.API_KEY)
public class DraftResource {

    private static final String ID = "Id (slug) of the dataset.";
    private static final String DRAFT = "Id of the draft.";
    private static final String DRAFT_EXAMPLE = "8d0f7c8e-3f5b-4d1e-9a51-0b6f3f7f1e2a";
    private static final String IDEMPOTENCY = "A unique key (e.g. a UUID) per request: a retry with the same key"
            + " and request does not act twice but answers as the first did.";
    private static final int MAX_NOTES = 4000;

    private final DraftService drafts;
    private final CallerContext caller;
    private final ApiResponses responses;
    public DraftResource(DraftService drafts, CallerContext caller, ApiResponses responses) {
        this.drafts = drafts;
        this.caller = caller;
        this.responses = responses;
    }

    @POST
    @Consumes(Format.TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uploadDatasetDraft", summary = "Upload the next version of a dataset as a draft",
            description = "The body is a CSV file (RFC 4180, UTF-8 without byte order mark, a header row of field"
                    + " names of the Table Schema; missing optional columns are empty). It is streamed and every row"
                    + " is checked: types, required fields, enums, patterns, ranges, unique keys and region codes"
                    + " that exist. Any problem is a 422 listing them by row and field (the first 100, with the"
                    + " total) and nothing is kept; otherwise the draft is ready, with its row count, its diff"
                    + " against the latest version and the SHA-256 its CSV download will have. Bodies over the"
                    + " configured size are a 413. Needs an admin key or a publisher key of the dataset's"
                    + " organization.")
    @RequestBody(required = true, content = @Content(mediaType = Format.TEXT_CSV,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "csv", value = "code,name,postal_code\r\n35.10.01.2001,Sarongan,68488\r\n")))
    @APIResponse(responseCode = "201", description = "The draft, ready to publish.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftDto.class),
            examples = @ExampleObject(name = "draft", value = DraftDto.EXAMPLE)))
    @APIResponse(responseCode = "422", description = "Rows break the Table Schema (listed by row and field, the"
            + " first 100 with the total), the file is not a UTF-8 CSV with a fitting header, or the Idempotency-Key"
            + " was used for a different request. Nothing is kept.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = IDEMPOTENCY,
            schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
    @Idempotent
    public Response upload(@Parameter(description = ID, example = "idm") @PathParam("id") String id,
            @Parameter(description = "Release notes in Indonesian (required, at most 4000 characters).",
                    example = "Rilis IDM 2025.") @QueryParam("notes_id") String notesId,
            @Parameter(description = "Release notes in English (required, at most 4000 characters).",
                    example = "IDM 2025 release.") @QueryParam("notes_en") String notesEn,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            InputStream body) {
        DraftService.Notes notes = new DraftService.Notes(notes("notes_id", notesId), notes("notes_en", notesEn));
        DatasetDraft made = drafts.upload(caller.get(), id, notes, RequestBodies.length(contentLength), body);
        return responses.created(DraftDto.url(made, responses.baseUri()), DraftDto.from(made, responses.baseUri()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDatasetDrafts", summary = "List the drafts of a dataset",
            description = "Every draft of the dataset, whatever its status. Needs an admin key or a publisher key of"
                    + " the dataset's organization. Never cached.")
    @APIResponse(responseCode = "200", description = "One page of drafts.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftDto.DraftPage.class),
            examples = @ExampleObject(name = "drafts", value = "{\"items\":[" + DraftDto.EXAMPLE + "],"
                    + "\"paging\":{\"limit\":100,\"next_cursor\":null,\"next\":null,"
                    + "\"self\":\"https://example.org/api/v1/datasets/idm/drafts\"}}")))
    public Response list(@Parameter(description = ID, example = "idm") @PathParam("id") String id,
            @BeanParam ListQuery query) {
        responses.negotiate(query.format, Format.JSON);
        Slice<DraftDto> page = drafts.drafts(caller.get(), id, query.paging())
                .map(d -> DraftDto.from(d, responses.baseUri()));
        return responses.privately(new DraftDto.DraftPage(page.items(), responses.paging(page)));
    }

    @GET
    @Path("/{draft}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDatasetDraft", summary = "Get one draft",
            description = "A draft with its status, row count and diff against its base version. Needs an admin key"
                    + " or a publisher key of the dataset's organization.")
    @APIResponse(responseCode = "200", description = "The draft.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftDto.class),
            examples = @ExampleObject(name = "draft", value = DraftDto.EXAMPLE)))
    public Response get(@Parameter(description = ID, example = "idm") @PathParam("id") String id,
            @Parameter(description = DRAFT, example = DRAFT_EXAMPLE) @PathParam("draft") String draft) {
        return responses.privately(DraftDto.from(drafts.draft(caller.get(), id, draft), responses.baseUri()));
    }

    @DELETE
    @Path("/{draft}")
    @Operation(operationId = "discardDatasetDraft", summary = "Discard a draft",
            description = "Discards a ready draft and its rows; published versions are never affected. A draft that"
                    + " is already published or discarded is a 409.")
    @APIResponse(responseCode = "204", description = "Discarded.")
    @APIResponse(responseCode = "409", description = "The draft is already published or discarded.")
    public Response discard(@Parameter(description = ID, example = "idm") @PathParam("id") String id,
            @Parameter(description = DRAFT, example = DRAFT_EXAMPLE) @PathParam("draft") String draft) {
        drafts.discard(caller.get(), id, draft);
        return responses.noContent();
    }

    @POST
    @Path("/{draft}/publish")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishDatasetDraft", summary = "Publish a draft as the next version",
            description = "Atomically: readers see the previous latest version or the new one, never a mix, and a"
                    + " failure at any moment leaves no new version. Only the rows that changed are stored. When the"
                    + " dataset feeds typed endpoints (villages, observations, services, offerings, statistics),"
                    + " they change in the same transaction, and a release they refuse is a 422 naming the record."
                    + " A draft made against a version that is no longer the latest, or one already"
                    + " published or discarded, is a 409.")
    @APIResponse(responseCode = "201", description = "The new version.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetVersionDto.class),
            examples = @ExampleObject(name = "version", value = DatasetVersionDto.EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The draft is not ready (published or discarded), or another"
            + " version was published after it was made.")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = IDEMPOTENCY,
            schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
    @Idempotent
    public Response publish(@Parameter(description = ID, example = "idm") @PathParam("id") String id,
            @Parameter(description = DRAFT, example = DRAFT_EXAMPLE) @PathParam("draft") String draft) {
        DatasetVersion version = drafts.publish(caller.get(), id, draft);
        return responses.created(DatasetVersionDto.url(version, responses.baseUri()),
                DatasetVersionDto.from(version, responses.baseUri()));
    }

    private static String notes(String name, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_NOTES) {
            throw ApiException.invalidParameter(name, "is required, 1 to " + MAX_NOTES + " characters");
        }
        return value.trim();
    }
}
