package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries of {@link ServiceComponent}. */
@ApplicationScoped
public class ServiceComponentRepository extends EntityRepository<ServiceComponent, String> {

    /** The orders the component list offers. */
    public static final Sort<ServiceComponent> SORT = new Sort<>(
            new SortField<>("code", "code", String.class, c -> c.code), List.of());

    /** One page of components, plus one row. */
    public List<ServiceComponent> page(PageRequest<ServiceComponent> page) {
        Map<String, Object> params = new HashMap<>();
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from ServiceComponent c", "c", List.of(), params, page), params)
                .range(0, page.limit()).list();
    }
}
