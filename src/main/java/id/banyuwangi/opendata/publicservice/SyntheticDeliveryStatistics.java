package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.http.RepresentationCache;
import id.banyuwangi.opendata.common.seed.SeedService;
import id.banyuwangi.opendata.region.RegionDirectory;
import id.banyuwangi.opendata.source.Source;
import id.banyuwangi.opendata.source.SourceRepository;
import id.banyuwangi.opendata.source.SourceStatus;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import org.jboss.logging.Logger;

/**
 * The demonstration switch {@code opendata.synthetic.delivery-statistics}: when on, a deterministic synthetic set of
 * service-delivery statistics (every service, one village per kecamatan, the twelve months of 2024) is loaded with
 * {@code synthetic = true} and a source whose status is synthetic; when off (the default), any such set is removed
 * at start, so nothing synthetic outlives the switch.
 */
@ApplicationScoped
public class SyntheticDeliveryStatistics {

    /** The source every synthetic statistic names. */
    public static final String SOURCE_ID = "SYNTHETIC_DEMONSTRATION";

    private static final Logger LOG = Logger.getLogger(SyntheticDeliveryStatistics.class);
    private static final long SEED = 20_160_531L;
    private static final int MONTHS = 12;
    private static final String YEAR = "2024";

    private final OpenDataConfig config;
    private final ServiceDeliveryRepository deliveries;
    private final PublicServiceRepository services;
    private final SourceRepository sources;
    private final RegionDirectory regions;
    private final RepresentationCache cache;

    public SyntheticDeliveryStatistics(OpenDataConfig config, ServiceDeliveryRepository deliveries,
            PublicServiceRepository services, SourceRepository sources, RegionDirectory regions,
            RepresentationCache cache) {
        this.config = config;
        this.deliveries = deliveries;
        this.services = services;
        this.sources = sources;
        this.regions = regions;
        this.cache = cache;
    }

    void onStart(@Observes @Priority(SeedService.PRIORITY + 100) StartupEvent event) {
        boolean wanted = config.synthetic().deliveryStatistics();
        QuarkusTransaction.requiringNew().run(() -> {
            if (wanted && !deliveries.hasSynthetic()) {
                int rows = load();
                LOG.warnf("Loaded %d SYNTHETIC service-delivery statistics (opendata.synthetic.delivery-statistics"
                        + "=true); they are demonstration data, not real figures", rows);
            } else if (!wanted && deliveries.hasSynthetic()) {
                long removed = deliveries.deleteSynthetic();
                sources.deleteById(SOURCE_ID);
                LOG.infof("Removed %d synthetic service-delivery statistics", removed);
            }
        });
        cache.invalidateAll();
    }

    private int load() {
        if (sources.findByIdOptional(SOURCE_ID).isEmpty()) {
            Source source = new Source();
            source.id = SOURCE_ID;
            source.description = "Synthetic service-delivery statistics generated for demonstrations; not real data";
            source.publisher = "Banyuwangi Open Data API (generated)";
            source.licence = "CC0-1.0";
            source.status = SourceStatus.SYNTHETIC;
            sources.persist(source);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        List<PublicService> catalogue = services.listAll(Sort.by("code"));
        int rows = 0;
        for (RegionDirectory.Entry district : regions.districts()) {
            String village = regions.villages(district.code()).get(0).code();
            for (PublicService service : catalogue) {
                for (int month = 1; month <= MONTHS; month++) {
                    ServiceDelivery d = new ServiceDelivery();
                    d.villageCode = village;
                    d.districtCode = district.code();
                    d.serviceCode = service.code;
                    d.period = YEAR + "-" + (month < 10 ? "0" : "") + month;
                    d.requestsReceived = random.nextInt(5, 61);
                    d.requestsCompleted = d.requestsReceived - random.nextInt(0, d.requestsReceived / 10 + 1);
                    d.medianDaysToComplete = BigDecimal.valueOf(random.nextInt(5, 51), 1);
                    d.sourceId = SOURCE_ID;
                    d.synthetic = true;
                    deliveries.persist(d);
                    rows++;
                }
            }
        }
        return rows;
    }
}
