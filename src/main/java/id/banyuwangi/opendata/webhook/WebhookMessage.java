package id.banyuwangi.opendata.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * One event to send to one subscription (the outbox row): written in the transaction of the event, then attempted
 * until a 2xx acknowledges it or its retries run out.
 */
@Entity
@Table(name = "webhook_message")
class WebhookMessage {

    /** Where a message stands. */
    public enum Status {
        PENDING,
        DELIVERED,
        FAILED;

        /** The name in the API and the database. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The {@code webhook-id}: the same on every attempt, so that a receiver can drop a repeat. */
    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "subscription_id", nullable = false)
    public String subscriptionId;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    /** The body, the same on every attempt. */
    @Column(name = "payload", nullable = false)
    public String payload;

    @Column(name = "status", nullable = false)
    public String status;

    /** Attempts made so far. */
    @Column(name = "attempts", nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "first_attempt_at")
    public Instant firstAttemptAt;

    /** When it is due while pending; while a worker holds it, until when its claim holds. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** The claim of the worker sending it; null while none is. */
    @Column(name = "claim_token")
    public String claimToken;

    /** When it was acknowledged or given up. */
    @Column(name = "finished_at")
    public Instant finishedAt;
}
