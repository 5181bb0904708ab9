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

/** Queries of {@link ServiceOffering}. */
@ApplicationScoped
public class ServiceOfferingRepository extends EntityRepository<ServiceOffering, ServiceOffering.Key> {

    /** The order of the villages offering one service. */
    public static final Sort<ServiceOffering> BY_VILLAGE = new Sort<>(
            new SortField<>("village_code", "key.villageCode", String.class, o -> o.key.villageCode()), List.of());

    /** The order of the services one village offers. */
    public static final Sort<ServiceOffering> BY_SERVICE = new Sort<>(
            new SortField<>("service_code", "key.serviceCode", String.class, o -> o.key.serviceCode()), List.of());

    /** One page of the villages offering a service, plus one row. */
    public List<ServiceOffering> ofService(String serviceCode, PageRequest<ServiceOffering> page) {
        Map<String, Object> params = new HashMap<>(Map.of("service", serviceCode));
        return find(Keyset.query("from ServiceOffering o", "o", List.of("o.key.serviceCode = :service"), params,
                page), params).range(0, page.limit()).list();
    }

    /** One page of the services a village offers, plus one row. */
    public List<ServiceOffering> ofVillage(String villageCode, PageRequest<ServiceOffering> page) {
        Map<String, Object> params = new HashMap<>(Map.of("village", villageCode));
        return find(Keyset.query("from ServiceOffering o", "o", List.of("o.key.villageCode = :village"), params,
                page), params).range(0, page.limit()).list();
    }

    /** Every service a village offers, by service code (at most the size of the catalogue). */
    public List<ServiceOffering> allOfVillage(String villageCode) {
        return list("key.villageCode = ?1 order by key.serviceCode", villageCode);
    }

    /** Whether any village offers the service. */
    public boolean offered(String serviceCode) {
        return count("key.serviceCode", serviceCode) > 0;
    }
}
