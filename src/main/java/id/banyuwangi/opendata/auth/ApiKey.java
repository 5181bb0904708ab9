package id.banyuwangi.opendata.auth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API key: its public id, owner, role and validity. The secret itself is never stored, only its SHA-256. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "role", nullable = false)
    public String role;

    /** The organization a publisher key acts for; null for an admin key. */
    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "secret_sha256", nullable = false)
    public String secretSha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The key that created this one; null for the bootstrap key. */
    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Whether the key may be used at {@code now}. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
