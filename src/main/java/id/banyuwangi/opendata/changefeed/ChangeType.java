package id.banyuwangi.opendata.changefeed;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an event of the change feed says happened to a dataset. */
public enum ChangeType {
    /** A dataset was created (it has no version yet). */
    DATASET_CREATED,
    /** A dataset's metadata changed (never its data). */
    METADATA_CHANGED,
    /** A new version of a dataset was published. */
    VERSION_PUBLISHED,
    /** A dataset was withdrawn, with its versions. */
    DATASET_WITHDRAWN;

    /** The name in the API ({@code version_published}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a name in the API, if it is one. */
    public static Optional<ChangeType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
