package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionDirectory;
import id.banyuwangi.opendata.region.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;

/** Reads the Smart Kampung service catalogue, which village offers what, and service-delivery statistics. */
@ApplicationScoped
public class PublicServiceService {

    /** Whether statistics of a service exist, and whether they are real or synthetic. */
    public enum StatisticsStatus {
        /** Nothing published yet. */
        NONE,
        /** Published by a regency office. */
        PUBLISHED,
        /** Generated demonstration figures, not real. */
        SYNTHETIC
    }

    private final PublicServiceRepository services;
    private final ServiceComponentRepository components;
    private final ServiceOfferingRepository offerings;
    private final ServiceDeliveryRepository deliveries;
    private final RegionDirectory regions;
    private final Pager pager;

    public PublicServiceService(PublicServiceRepository services, ServiceComponentRepository components,
            ServiceOfferingRepository offerings, ServiceDeliveryRepository deliveries, RegionDirectory regions,
            Pager pager) {
        this.services = services;
        this.components = components;
        this.offerings = offerings;
        this.deliveries = deliveries;
        this.regions = regions;
        this.pager = pager;
    }

    /** One page of the Smart Kampung components. */
    public Slice<ServiceComponent> components(PageParameters parameters) {
        return pager.page(parameters, ServiceComponentRepository.SORT, components::page);
    }

    /** One page of services, of one component when {@code componentCode} is not null (400 if it is unknown). */
    public Slice<PublicService> list(String componentCode, PageParameters parameters) {
        if (componentCode != null && components.findByIdOptional(componentCode).isEmpty()) {
            throw ApiException.invalidParameter("component", "names '" + componentCode
                    + "', which is not a Smart Kampung component (GET /api/v1/service-components lists them)");
        }
        return pager.page(parameters, PublicServiceRepository.SORT, p -> services.page(componentCode, p));
    }

    /** One service; 404 when none has the code. */
    public PublicService get(String code) {
        return services.findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound("No service has the code '" + code + "'."));
    }

    /** The status of the statistics of every service, by service code. */
    public Map<String, StatisticsStatus> statisticsStatus() {
        Map<String, StatisticsStatus> status = new HashMap<>();
        deliveries.syntheticByService().forEach((code, synthetic) ->
                status.put(code, synthetic ? StatisticsStatus.SYNTHETIC : StatisticsStatus.PUBLISHED));
        return status;
    }

    /** One page of the villages offering a service; 404 for an unknown service. */
    public Slice<ServiceOffering> villages(String serviceCode, PageParameters parameters) {
        get(serviceCode);
        return pager.page(parameters, ServiceOfferingRepository.BY_VILLAGE,
                p -> offerings.ofService(serviceCode, p));
    }

    /** One page of the services a village offers; 404 for an unknown village. */
    public Slice<ServiceOffering> ofVillage(RegionCode village, PageParameters parameters) {
        requireVillage(village);
        return pager.page(parameters, ServiceOfferingRepository.BY_SERVICE,
                p -> offerings.ofVillage(village.toString(), p));
    }

    /** One page of a service's delivery statistics; 404 for an unknown service, 400 for an unknown area. */
    public Slice<ServiceDelivery> statistics(String serviceCode, DeliveryFilter filter, PageParameters parameters) {
        get(serviceCode);
        if (filter.villageCode() != null && regions.find(filter.villageCode()).isEmpty()) {
            throw ApiException.invalidParameter("village_code", "names " + filter.villageCode()
                    + ", which is not a village");
        }
        if (filter.districtCode() != null && regions.find(filter.districtCode()).isEmpty()) {
            throw ApiException.invalidParameter("district_code", "names " + filter.districtCode()
                    + ", which is not a kecamatan");
        }
        return pager.page(parameters, ServiceDeliveryRepository.SORT,
                p -> deliveries.page(serviceCode, filter, p));
    }

    private void requireVillage(RegionCode village) {
        if (village.level() != RegionLevel.VILLAGE || regions.find(village.toString()).isEmpty()) {
            throw ApiException.notFound("No desa or kelurahan has the code " + village + ".");
        }
    }
}
