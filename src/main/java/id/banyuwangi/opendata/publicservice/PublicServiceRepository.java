package id.banyuwangi.opendata.publicservice;

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

/** Queries of {@link PublicService}. */
@ApplicationScoped
public class PublicServiceRepository extends EntityRepository<PublicService, String> {

    /** The orders the service list offers. */
    public static final Sort<PublicService> SORT = new Sort<>(
            new SortField<>("code", "code", String.class, s -> s.code),
            List.of(new SortField<>("name_en", "nameEn", String.class, s -> s.nameEn),
                    new SortField<>("name_id", "nameId", String.class, s -> s.nameId)));

    /** One page of services, of one component when {@code componentCode} is not null, plus one row. */
    public List<PublicService> page(String componentCode, PageRequest<PublicService> page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (componentCode != null) {
            where.add("s.component.code = :component");
            params.put("component", componentCode);
        }
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from PublicService s", "s", where, params, page), params)
                .range(0, page.limit()).list();
    }
}
