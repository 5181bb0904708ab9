package id.banyuwangi.opendata.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The response to a write sent with an {@code Idempotency-Key}, kept so that a retry gets it again. */
@Entity
@Table(name = "idempotent_request")
public class IdempotentRequest {

    /** The API key and the Idempotency-Key it sent. */
    @Embeddable
    public record Key(
            @Column(name = "key_id") String keyId,
            @Column(name = "idempotency_key") String idempotencyKey) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    /** Method and path of the request. */
    @Column(name = "operation", nullable = false)
    public String operation;

    /** SHA-256 of what the request carried (query and body), to tell a retry from a different request. */
    @Column(name = "request_sha256", nullable = false)
    public String requestSha256;

    @Column(name = "status", nullable = false)
    public int status;

    @Column(name = "location")
    public String location;

    @Column(name = "body", nullable = false, length = 100_000)
    public String body;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
