package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries of {@link Indicator}. */
@ApplicationScoped
public class IndicatorRepository extends EntityRepository<Indicator, String> {

    /** The orders the indicator list offers. */
    public static final Sort<Indicator> SORT = new Sort<>(
            new SortField<>("code", "code", String.class, i -> i.code),
            List.of(new SortField<>("name_en", "nameEn", String.class, i -> i.nameEn),
                    new SortField<>("name_id", "nameId", String.class, i -> i.nameId)));

    /** One page of indicators, plus one row to tell whether another page follows. */
    public List<Indicator> page(PageRequest<Indicator> page) {
        Map<String, Object> params = new HashMap<>();
        String hql = Keyset.query("from Indicator i", "i", List.of(), params, page);
        // range() is inclusive: limit + 1 rows
        return find(hql, params).range(0, page.limit()).list();
    }
}
