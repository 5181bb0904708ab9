package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Queries of {@link Village}. */
@ApplicationScoped
public class VillageRepository extends EntityRepository<Village, String> {

    /** The orders the village list offers. */
    public static final Sort<Village> SORT = new Sort<>(
            new SortField<>("code", "code", String.class, v -> v.code),
            List.of(new SortField<>("name", "name", String.class, v -> v.name),
                    new SortField<>("district_code", "district.code", String.class, v -> v.district.code),
                    new SortField<>("postal_code", "postalCode", String.class, v -> v.postalCode),
                    new SortField<>("polygon_area_km2", "polygonAreaKm2", BigDecimal.class, v -> v.polygonAreaKm2),
                    new SortField<>("lat", "lat", Double.class, v -> v.lat),
                    new SortField<>("lon", "lon", Double.class, v -> v.lon)));

    /**
     * One page of villages matching the filter and, unless null, having one of the codes {@code within} (the
     * villages its spatial filters chose), plus one row to tell whether another page follows.
     */
    public List<Village> page(VillageFilter filter, Set<String> within, PageRequest<Village> page) {
        if (within != null && within.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String hql = Keyset.query("from Village v join fetch v.district", "v", where(filter, within, params), params,
                page);
        // range() is inclusive: limit + 1 rows
        return find(hql, params).range(0, page.limit()).list();
    }

    /** The number of villages the filter and {@code within} (as for {@link #page}) choose. */
    public long count(VillageFilter filter, Set<String> within) {
        if (within != null && within.isEmpty()) {
            return 0;
        }
        Map<String, Object> params = new HashMap<>();
        List<String> where = where(filter, within, params);
        return count("from Village v" + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), params);
    }

    private static List<String> where(VillageFilter filter, Set<String> within, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.districtCode() != null) {
            where.add("v.district.code = :district");
            params.put("district", filter.districtCode().toString());
        }
        if (filter.type() != null) {
            where.add("v.type = :type");
            params.put("type", filter.type());
        }
        if (filter.postalCode() != null) {
            where.add("v.postalCode = :postalCode");
            params.put("postalCode", filter.postalCode());
        }
        if (filter.bpsCode() != null) {
            where.add("v.bpsCode = :bpsCode");
            params.put("bpsCode", filter.bpsCode());
        }
        if (filter.q() != null) {
            where.add("(v.nameKey like :q or exists (select 1 from Village w join w.formerNames f"
                    + " where w.code = v.code and f.nameKey like :q))");
            params.put("q", "%" + filter.q() + "%");
        }
        if (within != null) {
            where.add("v.code in :within");
            params.put("within", within);
        }
        return where;
    }

    /** A village with its kecamatan. */
    public Optional<Village> findWithDistrict(String code) {
        return find("from Village v join fetch v.district where v.code = ?1", code).firstResultOptional();
    }

    /** Number of villages of each type in each of the given kecamatan (all kecamatan when null). */
    public Map<String, Map<VillageType, Long>> countsByDistrictAndType(Collection<String> districtCodes) {
        String hql = "select v.district.code, v.type, count(v) from Village v"
                + (districtCodes == null ? "" : " where v.district.code in :codes")
                + " group by v.district.code, v.type";
        var query = getEntityManager().createQuery(hql, Object[].class);
        if (districtCodes != null) {
            query.setParameter("codes", districtCodes);
        }
        Map<String, Map<VillageType, Long>> counts = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            counts.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put((VillageType) row[1], (Long) row[2]);
        }
        return counts;
    }

    /** The distinct postal codes of the villages of each of the given kecamatan, sorted. */
    public Map<String, List<String>> postalCodesByDistrict(Collection<String> districtCodes) {
        List<Object[]> rows = getEntityManager()
                .createQuery("select distinct v.district.code, v.postalCode from Village v"
                        + " where v.district.code in :codes and v.postalCode is not null", Object[].class)
                .setParameter("codes", districtCodes)
                .getResultList();
        Map<String, TreeSet<String>> codes = new TreeMap<>();
        rows.forEach(r -> codes.computeIfAbsent((String) r[0], k -> new TreeSet<>()).add((String) r[1]));
        Map<String, List<String>> result = new TreeMap<>();
        codes.forEach((district, postal) -> result.put(district, List.copyOf(postal)));
        return result;
    }
}
