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

/** Queries of {@link ServiceDelivery}. */
@ApplicationScoped
public class ServiceDeliveryRepository extends EntityRepository<ServiceDelivery, Long> {

    /** The orders the statistics list offers. */
    public static final Sort<ServiceDelivery> SORT = new Sort<>(
            new SortField<>("id", "id", Long.class, d -> d.id),
            List.of(new SortField<>("period", "period", String.class, d -> d.period),
                    new SortField<>("village_code", "villageCode", String.class, d -> d.villageCode)));

    /** One page of one service's statistics matching the filter, plus one row. */
    public List<ServiceDelivery> page(String serviceCode, DeliveryFilter filter, PageRequest<ServiceDelivery> page) {
        List<String> where = new ArrayList<>(List.of("d.serviceCode = :service"));
        Map<String, Object> params = new HashMap<>(Map.of("service", serviceCode));
        if (filter.villageCode() != null) {
            where.add("d.villageCode = :village");
            params.put("village", filter.villageCode());
        }
        if (filter.districtCode() != null) {
            where.add("d.districtCode = :district");
            params.put("district", filter.districtCode());
        }
        if (filter.from() != null) {
            where.add("d.period >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("d.period <= :to");
            params.put("to", filter.to());
        }
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from ServiceDelivery d", "d", where, params, page), params)
                .range(0, page.limit()).list();
    }

    /** Per service code: whether it has statistics, and whether any are synthetic. */
    public Map<String, Boolean> syntheticByService() {
        Map<String, Boolean> result = new HashMap<>();
        getEntityManager().createQuery("select d.serviceCode, max(case when d.synthetic = true then 1 else 0 end)"
                        + " from ServiceDelivery d group by d.serviceCode", Object[].class)
                .getResultList()
                .forEach(r -> result.put((String) r[0], ((Number) r[1]).intValue() == 1));
        return result;
    }

    /** Whether any statistics name the service. */
    public boolean hasStatistics(String serviceCode) {
        return count("serviceCode", serviceCode) > 0;
    }

    /** Removes the figure of a dataset for one service, village and month. */
    public void delete(String datasetId, String serviceCode, String villageCode, String period) {
        delete("datasetId = ?1 and serviceCode = ?2 and villageCode = ?3 and period = ?4", datasetId, serviceCode,
                villageCode, period);
    }

    /** Removes every figure of a dataset. */
    public long deleteDataset(String datasetId) {
        return delete("datasetId", datasetId);
    }
}
