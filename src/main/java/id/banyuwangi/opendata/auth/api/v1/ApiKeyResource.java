package id.banyuwangi.opendata.auth.api.v1;

import id.banyuwangi.opendata.auth.ApiKeyService;
import id.banyuwangi.opendata.auth.Authenticated;
import id.banyuwangi.opendata.auth.CallerContext;
import id.banyuwangi.opendata.auth.Role;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.common.http.RequestBodies;
import id.banyuwangi.opendata.common.openapi.OpenApiDocument;
import id.banyuwangi.opendata.common.paging.Slice;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/keys}: API keys, managed by administrators. */
@Path("/api/v1/keys")
@Tag(name = "Administration")
@Authenticated
@SecurityRequirement(name = OpenApiDocument.API_KEY)
public class ApiKeyResource {

    private static final int MAX_NAME = 200;
    private static final String KEY_EXAMPLE = "key_5e1f0a9b3c7d2e4f";

    private final ApiKeyService keys;
    private final CallerContext caller;
    private final ApiResponses responses;
    private final RequestBodies bodies;

    public ApiKeyResource(ApiKeyService keys, CallerContext caller, ApiResponses responses, RequestBodies bodies) {
        this.keys = keys;
        this.caller = caller;
        this.responses = responses;
        this.bodies = bodies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key",
            description = "Creates an `admin` key or a `publisher` key for one organization, optionally expiring. The"
                    + " secret is in this response only; the service keeps only its SHA-256. Needs an admin key.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeyDto.CreateRequest.class),
            examples = @ExampleObject(name = "publisher", value = "{\"name\":\"Dispendukcapil upload job\","
                    + "\"role\":\"publisher\",\"organization\":\"dispendukcapil-banyuwangi\",\"expires_at\":null}")))
    @APIResponse(responseCode = "201", description = "The key and, this once, its secret.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyDto.IssuedKeyDto.class),
            examples = @ExampleObject(name = "issued", value = "{\"key\":" + ApiKeyDto.EXAMPLE + ","
                    + "\"secret\":\"odk_Jq0x3Zb7Yc1Wd5Ve9Uf2Tg6Sh0Ri4Qj8Pk3Ol7Nm1\"}")))
    public Response create(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            InputStream body) {
        ApiKeyDto.CreateRequest request = bodies.read(body, RequestBodies.length(length),
                ApiKeyDto.CreateRequest.class);
        if (request.name() == null || request.name().isBlank() || request.name().length() > MAX_NAME) {
            throw ApiException.invalidParameter("name", "is required, 1 to " + MAX_NAME + " characters");
        }
        Role role;
        try {
            role = Role.of(request.role());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("role", e.getMessage());
        }
        ApiKeyService.IssuedKey issued = keys.create(caller.get(), request.name().trim(), role,
                request.organization(), request.expiresAt());
        return responses.created(responses.baseUri() + "api/v1/keys/" + issued.key().id,
                new ApiKeyDto.IssuedKeyDto(ApiKeyDto.from(issued.key()), issued.secret()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listApiKeys", summary = "List the API keys",
            description = "Every key with its role, organization and validity, never its secret. Needs an admin key.")
    @APIResponse(responseCode = "200", description = "One page of keys.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyDto.ApiKeyPage.class),
            examples = @ExampleObject(name = "keys", value = "{\"items\":[" + ApiKeyDto.EXAMPLE + "],"
                    + "\"paging\":{\"limit\":100,\"next_cursor\":null,\"next\":null,"
                    + "\"self\":\"https://example.org/api/v1/keys\"}}")))
    public Response list(@BeanParam ListQuery query) {
        responses.negotiate(query.format, Format.JSON);
        Slice<ApiKeyDto> page = keys.list(caller.get(), query.paging()).map(ApiKeyDto::from);
        return responses.privately(new ApiKeyDto.ApiKeyPage(page.items(), responses.paging(page)));
    }

    @DELETE
    @Path("/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "The key stops working at once; it stays listed with `revoked_at`. Needs an admin key.")
    @APIResponse(responseCode = "200", description = "The revoked key.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyDto.class),
            examples = @ExampleObject(name = "revoked", value = ApiKeyDto.EXAMPLE)))
    public Response revoke(@Parameter(description = "Id of the key.", example = KEY_EXAMPLE) @PathParam("key")
            String key) {
        return responses.privately(ApiKeyDto.from(keys.revoke(caller.get(), key)));
    }
}
