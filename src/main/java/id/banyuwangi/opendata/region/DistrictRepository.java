package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Queries of {@link District}. */
@ApplicationScoped
public class DistrictRepository extends EntityRepository<District, String> {

    /** The orders the district list offers. */
    public static final Sort<District> SORT = new Sort<>(
            new SortField<>("code", "code", String.class, d -> d.code),
            List.of(new SortField<>("name", "name", String.class, d -> d.name),
                    new SortField<>("polygon_area_km2", "polygonAreaKm2", BigDecimal.class, d -> d.polygonAreaKm2)));

    /**
     * One page of kecamatan, only those with one of the codes {@code within} unless it is null, fetching one row
     * more than the page to tell whether another page follows.
     */
    public List<District> page(Set<String> within, PageRequest<District> page) {
        if (within != null && within.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = within == null ? List.of() : List.of("d.code in :within");
        if (within != null) {
            params.put("within", within);
        }
        String hql = Keyset.query("from District d", "d", where, params, page);
        // range() is inclusive: limit + 1 rows
        return find(hql, params).range(0, page.limit()).list();
    }

    /** The number of kecamatan with one of the codes {@code within}, or of all kecamatan when it is null. */
    public long count(Set<String> within) {
        if (within == null) {
            return count();
        }
        return within.isEmpty() ? 0 : count("code in ?1", within);
    }
}
