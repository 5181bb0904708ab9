package id.banyuwangi.opendata.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write request: who (which key, from where), what (operation, path, target), when, and how it ended. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The API key used; null when none was valid. */
    @Column(name = "key_id")
    public String keyId;

    @Column(name = "key_name")
    public String keyName;

    @Column(name = "client_address")
    public String clientAddress;

    /** The operation id of the endpoint (e.g. {@code publishDatasetDraft}), {@code unknown} when none matched. */
    @Column(name = "action", nullable = false)
    public String action;

    @Column(name = "method", nullable = false)
    public String method;

    @Column(name = "path", nullable = false)
    public String path;

    /** What was created (its URL), when the write created something. */
    @Column(name = "target")
    public String target;

    @Column(name = "status", nullable = false)
    public int status;

    /** {@code success}, {@code rejected} (4xx) or {@code failed} (5xx). */
    @Column(name = "outcome", nullable = false)
    public String outcome;

    /** Why a write was rejected or failed. */
    @Column(name = "detail")
    public String detail;
}
