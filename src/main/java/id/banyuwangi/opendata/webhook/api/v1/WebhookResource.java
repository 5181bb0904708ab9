package id.banyuwangi.opendata.webhook.api.v1;

import id.banyuwangi.opendata.auth.Authenticated;
import id.banyuwangi.opendata.auth.CallerContext;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.common.http.RequestBodies;
import id.banyuwangi.opendata.common.openapi.OpenApiDocument;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.webhook.WebhookService;
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

/** {@code /api/v1/webhooks}: URLs subscribed to the change feed's events, and their delivery logs. */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks")
@Authenticated
@SecurityRequirement(name = OpenApiDocument.API_KEY)
public class WebhookResource {

    private static final String ID = "Id of the subscription.";
    private static final String ID_EXAMPLE = "wh_3f9a0c1b2d4e5f60";
    private static final String VISIBLE = " A publisher key sees the subscriptions of its organization, an admin key"
            + " every one.";

    private final WebhookService webhooks;
    private final CallerContext caller;
    private final ApiResponses responses;
    private final RequestBodies bodies;

    public WebhookResource(WebhookService webhooks, CallerContext caller, ApiResponses responses,
            RequestBodies bodies) {
        this.webhooks = webhooks;
        this.caller = caller;
        this.responses = responses;
        this.bodies = bodies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to the change feed",
            description = "From now on, every event of the change feed (`GET /api/v1/changes`) of the given types"
                    + " and datasets is POSTed to the URL as JSON `{\"type\", \"timestamp\", \"data\"}`, `data` being"
                    + " the event as the feed gives it, with the Standard Webhooks headers: `webhook-id` (the"
                    + " message's id, the same on every attempt: drop a repeat), `webhook-timestamp` (seconds since"
                    + " 1970) and `webhook-signature` (`v1,` and the base64 HMAC-SHA256 of"
                    + " `<webhook-id>.<webhook-timestamp>.<body>` under the base64-decoded secret after `whsec_`)."
                    + " A 2xx acknowledges a message; anything else, or no answer within the timeout (10 s by"
                    + " default), is retried with exponential backoff (by default after 30 s, doubling up to every"
                    + " 4 h, each delay jittered by up to 20%) for at least 24 hours. When a number of messages in a"
                    + " row (3 by default) failed every attempt, the subscription is disabled. Messages are"
                    + " sent at least once, not necessarily in feed order: order by `data.id`. The URL must be http"
                    + " or https on a public address. The secret is in this response only. Needs an API key.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookDto.SubscribeRequest.class),
            examples = @ExampleObject(name = "mirror", value = "{\"url\":\"https://mirror.example.org/hooks/"
                    + "banyuwangi\",\"description\":\"Provincial portal mirror\",\"event_types\":"
                    + "[\"version_published\",\"dataset_withdrawn\"],\"datasets\":[\"villages\",\"idm\"]}")))
    @APIResponse(responseCode = "201", description = "The subscription and, this once, its secret.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDto.IssuedWebhookDto.class),
                    examples = @ExampleObject(name = "issued", value = "{\"webhook\":" + WebhookDto.EXAMPLE + ","
                            + "\"secret\":\"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwMfKQ9r8GKYo=\"}")))
    public Response create(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            InputStream body) {
        WebhookDto.SubscribeRequest request = bodies.read(body, RequestBodies.length(length),
                WebhookDto.SubscribeRequest.class);
        WebhookService.Issued issued = webhooks.subscribe(caller.get(), new WebhookService.Subscription(
                request.url(), request.description(), request.eventTypes(), request.datasets()), responses.baseUri());
        return responses.created(responses.baseUri() + "api/v1/webhooks/" + issued.subscription().id,
                new WebhookDto.IssuedWebhookDto(WebhookDto.from(issued.subscription()), issued.secret()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhooks", summary = "List the webhook subscriptions",
            description = "Every subscription the key may see, by id, never its secret." + VISIBLE)
    @APIResponse(responseCode = "200", description = "One page of subscriptions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDto.WebhookPage.class),
            examples = @ExampleObject(name = "webhooks", value = "{\"items\":[" + WebhookDto.EXAMPLE + "],"
                    + "\"paging\":{\"limit\":100,\"next_cursor\":null,\"next\":null,"
                    + "\"self\":\"https://example.org/api/v1/webhooks\"}}")))
    public Response list(@BeanParam ListQuery query) {
        responses.negotiate(query.format, Format.JSON);
        Slice<WebhookDto> page = webhooks.list(caller.get(), query.paging()).map(WebhookDto::from);
        return responses.privately(new WebhookDto.WebhookPage(page.items(), responses.paging(page)));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWebhook", summary = "A webhook subscription",
            description = "The subscription, with its status and failure count, never its secret." + VISIBLE)
    @APIResponse(responseCode = "200", description = "The subscription.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDto.class),
            examples = @ExampleObject(name = "webhook", value = WebhookDto.EXAMPLE)))
    public Response get(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id) {
        return responses.privately(WebhookDto.from(webhooks.get(caller.get(), id)));
    }

    @DELETE
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription",
            description = "Nothing more is sent to it, not even its pending messages; its delivery log goes with"
                    + " it." + VISIBLE)
    @APIResponse(responseCode = "200", description = "The deleted subscription.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDto.class),
            examples = @ExampleObject(name = "deleted", value = WebhookDto.EXAMPLE)))
    public Response delete(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id) {
        return responses.privately(WebhookDto.from(webhooks.delete(caller.get(), id)));
    }

    @GET
    @Path("/{id}/deliveries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a webhook subscription",
            description = "Every attempt to deliver a message, in the order they ended (`sort=-id` for the latest"
                    + " first): the receiver's status or why none came, when it started and ended, and when the"
                    + " message is tried again." + VISIBLE)
    @APIResponse(responseCode = "200", description = "One page of attempts.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookDto.DeliveryPage.class),
            examples = @ExampleObject(name = "deliveries", value = "{\"items\":[" + WebhookDto.DeliveryDto.EXAMPLE
                    + "],\"paging\":{\"limit\":100,\"next_cursor\":null,\"next\":null,"
                    + "\"self\":\"https://example.org/api/v1/webhooks/wh_3f9a0c1b2d4e5f60/deliveries\"}}")))
    public Response deliveries(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @BeanParam ListQuery query) {
        responses.negotiate(query.format, Format.JSON);
        Slice<WebhookDto.DeliveryDto> page = webhooks.deliveries(caller.get(), id, query.paging())
                .map(WebhookDto.DeliveryDto::from);
        return responses.privately(new WebhookDto.DeliveryPage(page.items(), responses.paging(page)));
    }
}
