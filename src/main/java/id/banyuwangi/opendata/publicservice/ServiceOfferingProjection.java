package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.dataset.release.DatasetProjection;
import id.banyuwangi.opendata.dataset.release.Release;
import id.banyuwangi.opendata.dataset.release.ReleaseRow;
import id.banyuwangi.opendata.source.SourceRepository;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Set;

/**
 * Makes {@code /api/v1/services/{code}/villages} and {@code /api/v1/villages/{code}/services} a view of the
 * {@code smart-kampung-offerings} dataset. Its Table Schema ties each record to a village of the region register and
 * a service of the catalogue's latest release, and names the channel and status; this checks the source.
 */
@Singleton
public class ServiceOfferingProjection extends DatasetProjection {

    static final String DATASET = "smart-kampung-offerings";

    private final ServiceOfferingRepository offerings;
    private final SourceRepository sources;

    public ServiceOfferingProjection(ServiceOfferingRepository offerings, SourceRepository sources) {
        super("service-offerings", Set.of(DATASET));
        this.offerings = offerings;
        this.sources = sources;
    }

    @Override
    public RowCheck check(String datasetId) {
        return row -> refusal(() -> sources.require(row.text("source")));
    }

    @Override
    public void apply(Release release) {
        release.left(row -> offerings.deleteById(key(row)));
        offerings.flush();
        release.entered(row -> {
            ServiceOffering offering = new ServiceOffering();
            offering.key = key(row);
            offering.since = row.optional("since") == null ? null : LocalDate.parse(row.text("since"));
            offering.channel = row.text("channel");
            offering.status = row.text("status");
            offering.sourceId = sources.require(row.text("source")).id;
            offering.datasetId = release.datasetId();
            offering.version = release.version();
            offerings.persist(offering);
        });
    }

    @Override
    public void withdraw(String datasetId) {
        offerings.delete("datasetId", datasetId);
    }

    private static ServiceOffering.Key key(ReleaseRow row) {
        return new ServiceOffering.Key(row.text("service_code"), row.text("village_code"));
    }
}
