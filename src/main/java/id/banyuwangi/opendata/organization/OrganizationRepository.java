package id.banyuwangi.opendata.organization;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries of {@link Organization}. */
@ApplicationScoped
public class OrganizationRepository extends EntityRepository<Organization, String> {

    /** The orders the organization list offers. */
    public static final Sort<Organization> SORT = new Sort<>(
            new SortField<>("id", "id", String.class, o -> o.id),
            List.of(new SortField<>("name", "name", String.class, o -> o.name)));

    /** One page of organizations, plus one row. */
    public List<Organization> page(PageRequest<Organization> page) {
        Map<String, Object> params = new HashMap<>();
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from Organization o", "o", List.of(), params, page), params)
                .range(0, page.limit()).list();
    }
}
