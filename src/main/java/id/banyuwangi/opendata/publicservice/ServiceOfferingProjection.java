package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.dataset.DatasetProjection;
import id.banyuwangi.opendata.dataset.Release;
import id.banyuwangi.opendata.dataset.ReleaseRow;
import id.banyuwangi.opendata.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Makes {@code /api/v1/services/{code}/villages} and {@code /api/v1/villages/{code}/services} a view of the
 * {@code smart-kampung-offerings} dataset. Its Table Schema ties each record to a village of the region register and
 * a service of the catalogue's latest release, and names the channel and status; this checks the source.
 */
@ApplicationScoped
public class ServiceOfferingProjection implements DatasetProjection {

    static final String DATASET = "smart-kampung-offerings";

    private final ServiceOfferingRepository offerings;
    private final SourceRepository sources;

    public ServiceOfferingProjection(ServiceOfferingRepository offerings, SourceRepository sources) {
        this.offerings = offerings;
        this.sources = sources;
    }

    @Override
    public String name() {
        return "service-offerings";
    }

    @Override
    public boolean follows(String datasetId) {
        return DATASET.equals(datasetId);
    }

    @Override
    public RowCheck check(String datasetId) {
        return row -> sources.findByIdOptional(row.text("source")).isPresent() ? null
                : "source '" + row.text("source") + "' is not in the register";
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
