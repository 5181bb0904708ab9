package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.dataset.release.DatasetProjection;
import id.banyuwangi.opendata.dataset.release.Release;
import id.banyuwangi.opendata.dataset.release.ReleaseRow;
import id.banyuwangi.opendata.region.RegionDirectory;
import id.banyuwangi.opendata.source.Source;
import id.banyuwangi.opendata.source.SourceRepository;
import id.banyuwangi.opendata.source.SourceStatus;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Makes {@code /api/v1/services/{code}/statistics} a view of the monthly statistics datasets: the one a regency
 * office publishes and, when the demonstration switch is on, the synthetic one. A figure is synthetic when its
 * source is; its kecamatan is the village's.
 */
@Singleton
public class ServiceDeliveryProjection extends DatasetProjection {

    /** The dataset of real statistics. */
    static final String DATASET = "smart-kampung-delivery-statistics";

    private static final Set<String> DATASETS = Set.of(DATASET, SyntheticDeliveryStatistics.DATASET);
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);
    /** The column holds 8 digits, one after the point. */
    private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(10_000_000);

    private final ServiceDeliveryRepository deliveries;
    private final SourceRepository sources;
    private final RegionDirectory regions;

    public ServiceDeliveryProjection(ServiceDeliveryRepository deliveries, SourceRepository sources,
            RegionDirectory regions) {
        super("service-deliveries", DATASETS);
        this.deliveries = deliveries;
        this.sources = sources;
        this.regions = regions;
    }

    @Override
    public RowCheck check(String datasetId) {
        return row -> {
            for (String count : List.of("requests_received", "requests_completed")) {
                if (new BigDecimal(row.text(count)).compareTo(MAX_COUNT) > 0) {
                    return count + " is above " + MAX_COUNT;
                }
            }
            BigDecimal median = row.optional("median_days_to_complete") == null ? null
                    : new BigDecimal(row.text("median_days_to_complete"));
            if (median != null && (median.scale() > 1 || median.compareTo(MAX_DAYS) >= 0)) {
                return "median_days_to_complete has at most one decimal and is below " + MAX_DAYS;
            }
            return refusal(() -> sources.require(row.text("source")));
        };
    }

    @Override
    public void apply(Release release) {
        release.left(row -> deliveries.delete(release.datasetId(), row.text("service_code"),
                row.text("village_code"), row.text("month")));
        deliveries.flush();
        release.entered(row -> deliveries.persist(delivery(release, row)));
    }

    @Override
    public void withdraw(String datasetId) {
        deliveries.deleteDataset(datasetId);
    }

    private ServiceDelivery delivery(Release release, ReleaseRow row) {
        Source source = sources.require(row.text("source"));
        ServiceDelivery d = new ServiceDelivery();
        d.villageCode = row.text("village_code");
        d.districtCode = regions.find(d.villageCode).orElseThrow().districtCode();
        d.serviceCode = row.text("service_code");
        d.period = row.text("month");
        d.requestsReceived = Integer.parseInt(row.text("requests_received"));
        d.requestsCompleted = Integer.parseInt(row.text("requests_completed"));
        d.medianDaysToComplete = row.optional("median_days_to_complete") == null ? null
                : new BigDecimal(row.text("median_days_to_complete"));
        d.sourceId = source.id;
        d.synthetic = source.status == SourceStatus.SYNTHETIC;
        d.datasetId = release.datasetId();
        d.version = release.version();
        return d;
    }
}
