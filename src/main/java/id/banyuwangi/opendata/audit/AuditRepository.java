package id.banyuwangi.opendata.audit;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries of {@link AuditEvent}; events are only ever added. */
@ApplicationScoped
public class AuditRepository extends EntityRepository<AuditEvent, Long> {

    /** Newest first by default ({@code -id}); {@code id} for oldest first. */
    public static final Sort<AuditEvent> SORT = new Sort<>(new SortField<>("id", "id", Long.class, e -> e.id),
            List.of());

    /** One page of events, optionally of one action and one key, plus one row. */
    public List<AuditEvent> page(String action, String keyId, PageRequest<AuditEvent> page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (action != null) {
            where.add("e.action = :action");
            params.put("action", action);
        }
        if (keyId != null) {
            where.add("e.keyId = :key");
            params.put("key", keyId);
        }
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from AuditEvent e", "e", where, params, page), params)
                .range(0, page.limit()).list();
    }
}
