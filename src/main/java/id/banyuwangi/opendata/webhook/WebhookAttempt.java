package id.banyuwangi.opendata.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/** One attempt to deliver a message, for the delivery log of its subscription. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    /** What came of an attempt. */
    public enum Outcome {
        /** A 2xx acknowledged the message. */
        DELIVERED,
        /** It failed and will be tried again at {@code nextAttemptAt}. */
        RETRYING,
        /** It failed and was the last attempt. */
        FAILED;

        /** The name in the API and the database. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "subscription_id", nullable = false)
    public String subscriptionId;

    @Column(name = "message_id", nullable = false)
    public String messageId;

    @Column(name = "event_id", nullable = false)
    public long eventId;

    /** 1 for the first attempt of the message. */
    @Column(name = "attempt", nullable = false)
    public int attempt;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    /** The receiver's HTTP status; null when no response came. */
    @Column(name = "status_code")
    public Integer statusCode;

    /** Why no response came (timeout, refused connection, refused address); null when one came. */
    @Column(name = "error")
    public String error;

    @Column(name = "outcome", nullable = false)
    public String outcome;

    /** When the message is tried again; null unless the outcome is retrying. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
}
