package id.banyuwangi.opendata.dataset.catalog;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Queries of {@link Dataset}. */
@ApplicationScoped
public class DatasetRepository extends EntityRepository<Dataset, String> {

    /** The orders the catalog offers. */
    public static final Sort<Dataset> SORT = new Sort<>(
            new SortField<>("id", "id", String.class, d -> d.id),
            List.of(new SortField<>("title_en", "titleEn", String.class, d -> d.titleEn),
                    new SortField<>("title_id", "titleId", String.class, d -> d.titleId),
                    new SortField<>("modified", "modified", Instant.class, d -> d.modified)));

    /** One page of the datasets matching the filter, plus one row. */
    public List<Dataset> page(DatasetFilter filter, PageRequest<Dataset> page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        restrict(filter, where, params);
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from Dataset d", "d", where, params, page), params).range(0, page.limit()).list();
    }

    /** Every dataset matching the filter (the catalog is small), for facet counts. */
    public List<Dataset> matching(DatasetFilter filter) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        restrict(filter, where, params);
        return list("from Dataset d" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), params);
    }

    private static void restrict(DatasetFilter filter, List<String> where, Map<String, Object> params) {
        if (filter.q() != null) {
            String[] words = filter.q().toLowerCase(Locale.ROOT).trim().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                where.add("d.searchText like :q" + i);
                params.put("q" + i, "%" + words[i] + "%");
            }
        }
        listed("themes", "theme", filter.theme(), where, params);
        listed("keywords", "keyword", filter.keyword(), where, params);
        if (filter.publisher() != null) {
            where.add("d.publisher.id = :publisher");
            params.put("publisher", filter.publisher());
        }
        if (filter.license() != null) {
            where.add("d.licenseId = :license");
            params.put("license", filter.license());
        }
    }

    // List columns are stored comma-separated: match a whole element.
    private static void listed(String column, String name, String value, List<String> where,
            Map<String, Object> params) {
        if (value != null) {
            where.add("concat(',', d." + column + ", ',') like :" + name);
            params.put(name, "%," + value + ",%");
        }
    }

    /** The id of every dataset, oldest first. */
    public List<String> ids() {
        return getEntityManager().createQuery("select d.id from Dataset d order by d.created, d.id", String.class)
                .getResultList();
    }
}
