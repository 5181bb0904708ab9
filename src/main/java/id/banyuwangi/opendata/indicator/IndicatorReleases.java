package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.ReleaseRef;
import id.banyuwangi.opendata.dataset.release.VersionRef;
import id.banyuwangi.opendata.dataset.release.VersionService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which dataset releases observations are read from: the latest, or those an {@link AsOf} names. */
@ApplicationScoped
public class IndicatorReleases {

    private final IndicatorRepository indicators;
    private final VersionService releases;

    public IndicatorReleases(IndicatorRepository indicators, VersionService releases) {
        this.indicators = indicators;
        this.releases = releases;
    }

    /**
     * The version of each dataset to answer from, or null for the latest of each. A moment takes each dataset's
     * latest version published by then. A version number is one of the dataset that publishes the indicators
     * (they must have one, the same), and the other datasets answer as they stood when it was published; a 400 on
     * {@code as_of} otherwise.
     */
    public Map<String, Integer> versions(AsOf asOf, Collection<String> indicatorCodes) {
        if (asOf == null) {
            return null;
        }
        if (asOf.moment() != null) {
            return releases.numbersAt(asOf.moment());
        }
        List<String> publishing = indicatorCodes.stream().map(indicators::findById).filter(Objects::nonNull)
                .map(i -> i.datasetId).distinct().toList();
        if (publishing.size() != 1 || publishing.get(0) == null) {
            throw ApiException.invalidParameter("as_of", "a version number needs indicators published by one"
                    + " dataset (name them with indicator; GET /api/v1/indicators/{code} gives its dataset), or give"
                    + " a date");
        }
        String dataset = publishing.get(0);
        DatasetVersion version;
        try {
            version = releases.version(dataset, new VersionRef(false, asOf.version()));
        } catch (ApiException e) {
            throw ApiException.invalidParameter("as_of", "names version " + asOf.version() + " of dataset "
                    + dataset + ", which it has not published");
        }
        Map<String, Integer> versions = new HashMap<>(releases.numbersAt(version.publishedAt));
        versions.put(dataset, asOf.version());
        return versions;
    }

    /**
     * The releases answers come from: for each dataset among {@code datasetIds}, the version read (the latest, or
     * the one of {@code versions}), in dataset order.
     */
    public List<ReleaseRef> of(Collection<String> datasetIds, Map<String, Integer> versions) {
        Map<String, Integer> read = versions != null ? versions : releases.latestNumbers();
        return datasetIds.stream().distinct().sorted().map(d -> new ReleaseRef(d, read.get(d))).toList();
    }
}
