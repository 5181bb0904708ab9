package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.dataset.release.DatasetProjection;
import id.banyuwangi.opendata.dataset.release.Release;
import id.banyuwangi.opendata.dataset.release.ReleaseRow;
import id.banyuwangi.opendata.source.SourceRepository;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes {@code /api/v1/services} a view of the {@code smart-kampung-services} dataset: each record is a service of
 * a known component, with channels separated by {@code ;} and a source of the register. A release that drops a
 * service still offered or with statistics is refused (remove those first).
 */
@Singleton
public class ServiceCatalogueProjection extends DatasetProjection {

    static final String DATASET = "smart-kampung-services";

    private final PublicServiceRepository services;
    private final ServiceComponentRepository components;
    private final ServiceOfferingRepository offerings;
    private final ServiceDeliveryRepository deliveries;
    private final SourceRepository sources;

    public ServiceCatalogueProjection(PublicServiceRepository services, ServiceComponentRepository components,
            ServiceOfferingRepository offerings, ServiceDeliveryRepository deliveries, SourceRepository sources) {
        super("services", Set.of(DATASET));
        this.services = services;
        this.components = components;
        this.offerings = offerings;
        this.deliveries = deliveries;
        this.sources = sources;
    }

    @Override
    public RowCheck check(String datasetId) {
        return row -> refusal(() -> service(row, new PublicService()));
    }

    @Override
    public void apply(Release release) {
        Set<String> entered = new HashSet<>();
        List<ReleaseRow> rows = new ArrayList<>();
        release.entered(row -> {
            entered.add(row.text("code"));
            rows.add(row);
        });
        release.left(row -> {
            String code = row.text("code");
            if (!entered.contains(code)) {
                remove(code);
            }
        });
        for (ReleaseRow row : rows) {
            PublicService service = services.findByIdOptional(row.text("code")).orElseGet(PublicService::new);
            try {
                service(row, service);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("record " + row.key() + ": " + e.getMessage(), e);
            }
            service.datasetId = release.datasetId();
            service.version = release.version();
            services.persist(service);
        }
    }

    @Override
    public void withdraw(String datasetId) {
        services.list("datasetId", datasetId).forEach(s -> remove(s.code));
    }

    /** Removes a service, unless villages offer it or statistics name it. */
    private void remove(String code) {
        if (offerings.offered(code) || deliveries.hasStatistics(code)) {
            throw new IllegalArgumentException("service " + code + " would go, but villages offer it or statistics"
                    + " name it; publish releases of smart-kampung-offerings and the statistics without it first");
        }
        services.deleteById(code);
    }

    /** Fills {@code service} from a record; an {@link IllegalArgumentException} says what is wrong. */
    private PublicService service(ReleaseRow row, PublicService service) {
        service.code = row.text("code");
        service.nameId = row.text("name_id");
        service.nameEn = row.text("name_en");
        service.descriptionId = row.text("description_id");
        service.descriptionEn = row.text("description_en");
        String component = row.text("component");
        service.component = components.findByIdOptional(component).orElseThrow(() -> new IllegalArgumentException(
                "component '" + component + "' is not a Smart Kampung component (GET /api/v1/service-components)"));
        List<String> channels = Arrays.stream(row.text("channels").split(";")).map(String::trim)
                .filter(c -> !c.isEmpty()).toList();
        for (String channel : channels) {
            Channel.parse(channel);
        }
        service.channels = channels;
        service.sourceId = sources.require(row.text("source")).id;
        return service;
    }
}
