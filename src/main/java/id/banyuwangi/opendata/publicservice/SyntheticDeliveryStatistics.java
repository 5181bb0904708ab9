package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.seed.SeedService;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetMetadata;
import id.banyuwangi.opendata.dataset.catalog.DatasetMetadataService;
import id.banyuwangi.opendata.dataset.catalog.DatasetRepository;
import id.banyuwangi.opendata.dataset.release.DatasetPublisher;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jboss.logging.Logger;

/**
 * The demonstration switch {@code opendata.synthetic.delivery-statistics}: when on, a deterministic synthetic set of
 * service-delivery statistics (every service, one village per kecamatan, the twelve months of 2024) is published as
 * version 1 of its own dataset, marked synthetic, with the schema of the real statistics and a source whose status is
 * synthetic, through the same release path as any other data; when off (the default), that dataset is withdrawn at
 * start, so nothing synthetic outlives the switch.
 */
@ApplicationScoped
public class SyntheticDeliveryStatistics {

    /** The dataset of the synthetic statistics. */
    public static final String DATASET = "smart-kampung-delivery-statistics-synthetic";
    /** The source every synthetic statistic names. */
    public static final String SOURCE_ID = "SYNTHETIC_DEMONSTRATION";

    private static final Logger LOG = Logger.getLogger(SyntheticDeliveryStatistics.class);
    private static final String CREATOR = "synthetic";
    private static final long SEED = 20_160_531L;
    private static final int MONTHS = 12;
    private static final int YEAR = 2024;

    private final OpenDataConfig config;
    private final DatasetRepository datasets;
    private final DatasetMetadataService metadata;
    private final DatasetPublisher publisher;
    private final PublicServiceRepository services;
    private final SourceRepository sources;
    private final RegionDirectory regions;

    public SyntheticDeliveryStatistics(OpenDataConfig config, DatasetRepository datasets,
            DatasetMetadataService metadata, DatasetPublisher publisher, PublicServiceRepository services,
            SourceRepository sources, RegionDirectory regions) {
        this.config = config;
        this.datasets = datasets;
        this.metadata = metadata;
        this.publisher = publisher;
        this.services = services;
        this.sources = sources;
        this.regions = regions;
    }

    void onStart(@Observes @Priority(SeedService.PRIORITY + 100) StartupEvent event) {
        boolean wanted = config.synthetic().deliveryStatistics();
        boolean published = QuarkusTransaction.requiringNew().call(() -> datasets.findById(DATASET) != null);
        if (wanted && !published) {
            long rows = QuarkusTransaction.requiringNew().call(this::publish);
            LOG.warnf("Published %d SYNTHETIC service-delivery statistics as dataset %s (opendata.synthetic."
                    + "delivery-statistics=true); they are demonstration data, not real figures", rows, DATASET);
        } else if (!wanted && published) {
            metadata.withdraw(DATASET);
            QuarkusTransaction.requiringNew().run(() -> sources.deleteById(SOURCE_ID));
            LOG.infof("Withdrew the synthetic service-delivery statistics (dataset %s)", DATASET);
        }
    }

    private long publish() {
        if (sources.findByIdOptional(SOURCE_ID).isEmpty()) {
            Source source = new Source();
            source.id = SOURCE_ID;
            source.description = "Synthetic service-delivery statistics generated for demonstrations; not real data";
            source.publisher = "Banyuwangi Open Data API (generated)";
            source.licence = "CC0-1.0";
            source.status = SourceStatus.SYNTHETIC;
            sources.persist(source);
        }
        Dataset dataset = metadata.createForSeed(description(metadata.metadata(
                datasets.findById(ServiceDeliveryProjection.DATASET))));
        dataset.synthetic = true;
        DatasetPublisher.Staging staging = publisher.stage(dataset, "Angka sintetis untuk demonstrasi; bukan data"
                + " nyata.", "Synthetic figures for demonstrations; not real data.", CREATOR);
        SplittableRandom random = new SplittableRandom(SEED);
        List<PublicService> catalogue = services.listAll(Sort.by("code"));
        for (RegionDirectory.Entry district : regions.districts()) {
            String village = regions.villages(district.code()).get(0).code();
            for (PublicService service : catalogue) {
                for (int month = 1; month <= MONTHS; month++) {
                    int received = random.nextInt(5, 61);
                    int completed = received - random.nextInt(0, received / 10 + 1);
                    staging.add(Map.of("village_code", village, "service_code", service.code,
                            "month", YearMonth.of(YEAR, month).toString(),
                            "requests_received", String.valueOf(received),
                            "requests_completed", String.valueOf(completed),
                            "median_days_to_complete", BigDecimal.valueOf(random.nextInt(5, 51), 1).toPlainString(),
                            "source", SOURCE_ID), null);
                }
            }
        }
        return publisher.publish(staging.finish(), Instant.now()).rowCount;
    }

    /** The real statistics' description, made over as the synthetic dataset's. */
    private static DatasetMetadata description(DatasetMetadata real) {
        List<String> keywords = new ArrayList<>(real.keywords());
        keywords.add("synthetic");
        return new DatasetMetadata(DATASET, real.organization(), "[SINTETIS] " + real.titleId(),
                "[SYNTHETIC] " + real.titleEn(), "Angka buatan untuk demonstrasi dashboard dan klien API, dibuat"
                + " dengan pembangkit acak tetap: bukan data nyata, jangan dikutip.", "Generated figures to"
                + " demonstrate dashboards and API clients, made with a fixed random generator: not real data, do"
                + " not cite.", real.contactName(), real.contactUrl(), "CC0-1.0", "CC0 1.0 Universal",
                "https://creativecommons.org/publicdomain/zero/1.0/", null, List.of(SOURCE_ID), keywords,
                real.themes(), real.spatial(), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                real.updateFrequency(), real.tableSchema());
    }
}
