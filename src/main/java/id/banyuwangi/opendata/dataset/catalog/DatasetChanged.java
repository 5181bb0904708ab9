package id.banyuwangi.opendata.dataset.catalog;

import java.time.Instant;
import java.util.List;

/**
 * The domain event of a dataset created, described anew or withdrawn (anything but a release, which is
 * release/ReleasePublished), fired in the transaction that changed it.
 *
 * @param datasetId the dataset
 * @param kind      what happened to it
 * @param at        when (the dataset's {@code modified} for a new description)
 * @param fields    the names of the metadata fields a new description changed; empty for the other kinds
 */
public record DatasetChanged(String datasetId, Kind kind, Instant at, List<String> fields) {

    /** What happened to a dataset. */
    public enum Kind {
        /** It was created (it has no version yet). */
        CREATED,
        /** Its metadata changed. */
        DESCRIBED,
        /** It was withdrawn with its versions. */
        WITHDRAWN
    }
}
