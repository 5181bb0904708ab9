package id.banyuwangi.opendata.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.changefeed.ChangeEvent;
import id.banyuwangi.opendata.changefeed.ChangeRecorded;
import id.banyuwangi.opendata.changefeed.api.v1.ChangeEventDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The webhooks' outbox: for each event added to the change feed, one message to every active subscription that
 * follows its type and dataset, written in the event's transaction, so that a message exists exactly when its change
 * committed; {@link WebhookWorker} sends it.
 */
@ApplicationScoped
class WebhookOutbox {

    private static final int ID_BYTES = 12;

    /** The body of a message, as Standard Webhooks suggests: the type, when it happened and the event. */
    record Payload(String type, Instant timestamp, ChangeEventDto data) {
    }

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookMessageRepository messages;
    private final ObjectMapper json;
    private final SecureRandom random = new SecureRandom();

    WebhookOutbox(WebhookSubscriptionRepository subscriptions, WebhookMessageRepository messages, ObjectMapper json) {
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.json = json;
    }

    void onRecorded(@Observes(during = TransactionPhase.IN_PROGRESS) ChangeRecorded recorded) {
        ChangeEvent event = recorded.event();
        Instant now = Instant.now();
        for (WebhookSubscription subscription : subscriptions.active()) {
            if (!subscription.follows(event.type, event.datasetId)) {
                continue;
            }
            WebhookMessage message = new WebhookMessage();
            byte[] id = new byte[ID_BYTES];
            random.nextBytes(id);
            message.id = "msg_" + HexFormat.of().formatHex(id);
            message.subscriptionId = subscription.id;
            message.eventId = event.id;
            message.payload = render(new Payload(event.type, event.occurredAt,
                    ChangeEventDto.from(event, subscription.baseUri)));
            message.status = WebhookMessage.Status.PENDING.code();
            message.createdAt = now;
            message.nextAttemptAt = now;
            messages.persist(message);
        }
    }

    private String render(Payload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A webhook message could not be serialised", e);
        }
    }
}
