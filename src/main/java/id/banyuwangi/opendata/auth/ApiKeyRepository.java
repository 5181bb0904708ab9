package id.banyuwangi.opendata.auth;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries of {@link ApiKey}. */
@ApplicationScoped
public class ApiKeyRepository extends EntityRepository<ApiKey, String> {

    /** The order of the key list: by id. */
    public static final Sort<ApiKey> SORT = new Sort<>(new SortField<>("id", "id", String.class, k -> k.id),
            List.of());

    /** The key whose secret has this SHA-256. */
    public Optional<ApiKey> bySecretHash(String sha256) {
        return find("secretSha256", sha256).firstResultOptional();
    }

    /**
     * The secret hashes of the keys that are neither revoked nor expired at {@code now}, each with the instant it
     * expires ({@link Instant#MAX} for a key without an expiry).
     */
    public Map<String, Instant> activeSecretHashes(Instant now) {
        Map<String, Instant> active = new HashMap<>();
        find("revokedAt is null and (expiresAt is null or expiresAt > ?1)", now).list()
                .forEach(k -> active.put(k.secretSha256, k.expiresAt == null ? Instant.MAX : k.expiresAt));
        return Map.copyOf(active);
    }

    /** Whether an admin key that is neither revoked nor expired exists. */
    public boolean anyActiveAdmin(Instant now) {
        return count("role = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)",
                Role.ADMIN.code(), now) > 0;
    }

    /** One page of keys, plus one row. */
    public List<ApiKey> page(PageRequest<ApiKey> page) {
        Map<String, Object> params = new HashMap<>();
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from ApiKey k", "k", List.of(), params, page), params)
                .range(0, page.limit()).list();
    }
}
