package id.banyuwangi.opendata.source;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries of {@link Source}. */
@ApplicationScoped
public class SourceRepository extends EntityRepository<Source, String> {

    /** The orders the source list offers. */
    public static final Sort<Source> SORT = new Sort<>(new SortField<>("id", "id", String.class, s -> s.id), List.of());

    /** One page of sources, plus one row to tell whether another page follows. */
    public List<Source> page(PageRequest<Source> page) {
        Map<String, Object> params = new HashMap<>();
        String hql = Keyset.query("from Source s", "s", List.of(), params, page);
        // range() is inclusive: limit + 1 rows
        return find(hql, params).range(0, page.limit()).list();
    }

    /** The source with this id; an {@link IllegalArgumentException} when the register has none. */
    public Source require(String id) {
        return findByIdOptional(id)
                .orElseThrow(() -> new IllegalArgumentException("source '" + id + "' is not in the register"));
    }
}
