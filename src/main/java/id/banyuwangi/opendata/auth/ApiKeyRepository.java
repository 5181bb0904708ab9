package id.banyuwangi.opendata.auth;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries of {@link ApiKey}. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    /** The order of the key list: by id. */
    public static final Sort<ApiKey> SORT = new Sort<>(new SortField<>("id", "id", String.class, k -> k.id),
            List.of());

    /** The key whose secret has this SHA-256. */
    public Optional<ApiKey> bySecretHash(String sha256) {
        return find("secretSha256", sha256).firstResultOptional();
    }

    /** Whether an admin key that is neither revoked nor expired exists. */
    public boolean anyActiveAdmin(Instant now) {
        return count("role = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)",
                Role.ADMIN.code(), now) > 0;
    }

    /** One page of keys, plus one row. */
    public List<ApiKey> page(PageRequest<ApiKey> page) {
        Parameters params = new Parameters();
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from ApiKey k", "k", List.of(), params, page), params)
                .range(0, page.limit()).list();
    }
}
