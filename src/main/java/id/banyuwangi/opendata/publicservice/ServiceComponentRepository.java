package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Queries of {@link ServiceComponent}. */
@ApplicationScoped
public class ServiceComponentRepository implements PanacheRepositoryBase<ServiceComponent, String> {

    /** The orders the component list offers. */
    public static final Sort<ServiceComponent> SORT = new Sort<>(
            new SortField<>("code", "code", String.class, c -> c.code), List.of());

    /** One page of components, plus one row. */
    public List<ServiceComponent> page(PageRequest<ServiceComponent> page) {
        Parameters params = new Parameters();
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from ServiceComponent c", "c", List.of(), params, page), params)
                .range(0, page.limit()).list();
    }
}
