package id.banyuwangi.opendata.webhook.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.webhook.WebhookAttempt;
import id.banyuwangi.opendata.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as its owner sees it: never its secret, except once in {@link IssuedWebhookDto}. */
@Schema(name = "Webhook", description = "A URL subscribed to events of the change feed (without its secret).")
public record WebhookDto(
        @Schema(examples = "wh_3f9a0c1b2d4e5f60") String id,
        @Schema(examples = "https://mirror.example.org/hooks/banyuwangi") String url,
        @Schema(nullable = true, examples = "Provincial portal mirror") String description,
        @Schema(description = "The change types sent; null for every type.", nullable = true,
                type = SchemaType.ARRAY, implementation = EventType.class) List<String> eventTypes,
        @Schema(description = "The datasets whose events are sent; null for every dataset.", nullable = true)
        List<String> datasets,
        @Schema(description = "`disabled` once `consecutive_failures` messages in a row failed every attempt;"
                + " nothing more is sent then.", enumeration = {"active", "disabled"}) String status,
        @Schema(description = "Messages in a row that failed every attempt, since the last acknowledged one.",
                examples = "0") int consecutiveFailures,
        Instant createdAt,
        @Schema(description = "Id of the API key that subscribed.", examples = "key_5e1f0a9b3c7d2e4f")
        String createdBy,
        @Schema(description = "The organization of the publisher key that subscribed; null for an admin key.",
                nullable = true, examples = "dpmd-banyuwangi") String organization,
        @Schema(nullable = true) Instant disabledAt) {

    /** Example of a subscription in JSON. */
    public static final String EXAMPLE = """
            {"id":"wh_3f9a0c1b2d4e5f60","url":"https://mirror.example.org/hooks/banyuwangi",\
            "description":"Provincial portal mirror","event_types":["version_published","dataset_withdrawn"],\
            "datasets":["villages","idm"],"status":"active","consecutive_failures":0,\
            "created_at":"2026-11-29T05:00:00Z","created_by":"key_5e1f0a9b3c7d2e4f","organization":null,\
            "disabled_at":null}""";

    /** The schema of a change type in the lists of a subscription. */
    @Schema(name = "WebhookEventType", type = SchemaType.STRING, enumeration = {"dataset_created",
        "metadata_changed", "version_published", "dataset_withdrawn"})
    interface EventType {
    }

    /** A new subscription with its secret, which is shown this once. */
    @Schema(name = "IssuedWebhook")
    public record IssuedWebhookDto(WebhookDto webhook,
            @Schema(description = "The signing secret (`whsec_` and the base64 of the key): verify each delivery's"
                    + " `webhook-signature` with it. Shown only now.",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwMfKQ9r8GKYo=") String secret) {
    }

    /** A page of subscriptions. */
    @Schema(name = "WebhookPage")
    public record WebhookPage(List<WebhookDto> items, Page.Paging paging) {
    }

    /**
     * What subscribes a URL.
     *
     * @param eventTypes null for every type
     * @param datasets   null for every dataset
     */
    @Schema(name = "WebhookRequest")
    public record SubscribeRequest(
            @Schema(required = true, description = "Where to POST the events: http or https, on a public address.",
                    examples = "https://mirror.example.org/hooks/banyuwangi") String url,
            @Schema(nullable = true, examples = "Provincial portal mirror") String description,
            @Schema(nullable = true, description = "The change types to send (at least one); null or absent for"
                    + " every type.", type = SchemaType.ARRAY, implementation = EventType.class)
            List<String> eventTypes,
            @Schema(nullable = true, description = "Ids of the datasets whose events to send (1 to 100; one not yet"
                    + " created may be named); null or absent for every dataset.") List<String> datasets) {
    }

    /** One attempt of the delivery log. */
    @Schema(name = "WebhookDelivery", description = "One attempt to deliver a message (an event) to the URL.")
    public record DeliveryDto(
            @Schema(description = "Position in the log.", examples = "7") long id,
            @Schema(description = "The message's `webhook-id`, the same on each of its attempts.",
                    examples = "msg_2b7e151628aed2a6abf71588") String messageId,
            @Schema(description = "The change event sent (its id in the feed).", examples = "42") long eventId,
            @Schema(description = "1 for the message's first attempt.", examples = "1") int attempt,
            Instant startedAt,
            Instant finishedAt,
            @Schema(description = "The receiver's HTTP status; null when none came.", nullable = true,
                    examples = "503") Integer statusCode,
            @Schema(description = "Why no status came (a timeout, no connection, a refused address); null when one"
                    + " came.", nullable = true) String error,
            @Schema(description = "`delivered` (a 2xx), `retrying` (tried again at `next_attempt_at`) or `failed`"
                    + " (the last attempt).", enumeration = {"delivered", "retrying", "failed"}) String outcome,
            @Schema(description = "When the message is tried again; null unless `retrying`.", nullable = true)
            Instant nextAttemptAt) {

        /** Example of an attempt in JSON. */
        public static final String EXAMPLE = """
                {"id":7,"message_id":"msg_2b7e151628aed2a6abf71588","event_id":42,"attempt":1,\
                "started_at":"2026-11-29T05:00:00Z","finished_at":"2026-11-29T05:00:00.120Z","status_code":503,\
                "error":null,"outcome":"retrying","next_attempt_at":"2026-11-29T05:00:30Z"}""";

        public static DeliveryDto from(WebhookAttempt a) {
            return new DeliveryDto(a.id, a.messageId, a.eventId, a.attempt, a.startedAt, a.finishedAt, a.statusCode,
                    a.error, a.outcome, a.nextAttemptAt);
        }
    }

    /** A page of the delivery log. */
    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(List<DeliveryDto> items, Page.Paging paging) {
    }

    public static WebhookDto from(WebhookSubscription s) {
        return new WebhookDto(s.id, s.url, s.description, s.eventTypes == null ? null : s.eventTypeList(),
                s.datasetIds == null ? null : s.datasetIdList(), s.status, s.consecutiveFailures, s.createdAt,
                s.createdBy, s.organizationId, s.disabledAt);
    }
}
