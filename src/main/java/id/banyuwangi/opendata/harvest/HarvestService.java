package id.banyuwangi.opendata.harvest;

import id.banyuwangi.opendata.common.seed.Site;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetFilter;
import id.banyuwangi.opendata.dataset.catalog.DatasetRepository;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.DatasetVersionRepository;
import id.banyuwangi.opendata.region.RegionExtents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The catalog as harvesters read it: every dataset with its versions, in id order, and the areas they cover. */
@ApplicationScoped
public class HarvestService {

    /**
     * A dataset and its versions.
     *
     * @param dataset  the dataset
     * @param versions its versions, oldest first; empty before the first
     */
    public record Entry(Dataset dataset, List<DatasetVersion> versions) {

        /** The latest version, null before the first. */
        public DatasetVersion latest() {
            return versions.isEmpty() ? null : versions.get(versions.size() - 1);
        }
    }

    /**
     * The whole catalog.
     *
     * @param entries every dataset with its versions, in id order
     * @param areas   the extent of every area a dataset covers or the regency, by Kemendagri code
     */
    public record Catalog(List<Entry> entries, Map<String, RegionExtents.Extent> areas) {
    }

    private final DatasetRepository datasets;
    private final DatasetVersionRepository versions;
    private final RegionExtents extents;
    private final Site site;

    public HarvestService(DatasetRepository datasets, DatasetVersionRepository versions, RegionExtents extents,
            Site site) {
        this.datasets = datasets;
        this.versions = versions;
        this.extents = extents;
        this.site = site;
    }

    /** Every dataset matching the filter with its versions, in id order. */
    public List<Entry> entries(DatasetFilter filter) {
        Map<String, List<DatasetVersion>> byDataset = versions.everyVersion().stream()
                .collect(Collectors.groupingBy(v -> v.key.datasetId(), LinkedHashMap::new, Collectors.toList()));
        List<Entry> entries = new ArrayList<>();
        datasets.matching(filter).stream().sorted(Comparator.comparing(d -> d.id))
                .forEach(d -> entries.add(new Entry(d, byDataset.getOrDefault(d.id, List.of()))));
        return entries;
    }

    /** Every dataset with its versions. */
    public List<Entry> entries() {
        return entries(new DatasetFilter(null, null, null, null, null));
    }

    /** Every dataset with its versions, and the extent of the regency and of every area the datasets cover. */
    public Catalog catalog() {
        List<Entry> entries = entries();
        TreeSet<String> codes = new TreeSet<>(List.of(site.regencyCode()));
        entries.forEach(e -> codes.addAll(e.dataset().spatial));
        Map<String, RegionExtents.Extent> areas = new LinkedHashMap<>();
        codes.forEach(code -> extents.find(code).ifPresent(extent -> areas.put(code, extent)));
        return new Catalog(entries, areas);
    }
}
