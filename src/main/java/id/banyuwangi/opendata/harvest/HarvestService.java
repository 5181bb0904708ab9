package id.banyuwangi.opendata.harvest;

import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetFilter;
import id.banyuwangi.opendata.dataset.catalog.DatasetRepository;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.DatasetVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The catalog as harvesters read it: every dataset with its latest version, in id order. */
@ApplicationScoped
public class HarvestService {

    /**
     * A dataset and its latest version.
     *
     * @param dataset the dataset
     * @param latest  its latest version, null before the first
     */
    public record Entry(Dataset dataset, DatasetVersion latest) {
    }

    private final DatasetRepository datasets;
    private final DatasetVersionRepository versions;

    public HarvestService(DatasetRepository datasets, DatasetVersionRepository versions) {
        this.datasets = datasets;
        this.versions = versions;
    }

    /** Every dataset matching the filter with its latest version, in id order. */
    public List<Entry> entries(DatasetFilter filter) {
        List<Entry> entries = new ArrayList<>();
        datasets.matching(filter).stream().sorted(Comparator.comparing(d -> d.id))
                .forEach(d -> entries.add(new Entry(d, versions.latest(d.id).orElse(null))));
        return entries;
    }

    /** Every dataset with its latest version. */
    public List<Entry> entries() {
        return entries(new DatasetFilter(null, null, null, null, null));
    }
}
