package id.banyuwangi.opendata.dataset.release;

import java.util.Set;

/**
 * Keeps a typed collection (villages, observations, services, ...) in step with the datasets it is a view of: each
 * published version reaches the typed endpoints only through its projection. A projection checks every row of an
 * upload, so that a draft it would refuse is refused at once with the row and reason, and applies each release
 * inside the publishing transaction, so that readers see the old release or the new one everywhere. Features
 * extend it; the catalog calls every projection that follows the dataset published, and records which version
 * each has applied, so that one added later (or rows removed by a migration) catches up on start.
 */
public abstract class DatasetProjection {

    /** Checks the rows of one upload. */
    @FunctionalInterface
    public interface RowCheck {
        /** Why the projection would refuse this row, or null when it takes it. */
        String refusal(ReleaseRow row);
    }

    private final String name;
    private final Set<String> datasets;

    /**
     * @param name     a stable name, recorded with the versions this projection has applied
     * @param datasets the ids of the datasets it is a view of
     */
    protected DatasetProjection(String name, Set<String> datasets) {
        this.name = name;
        this.datasets = Set.copyOf(datasets);
    }

    /** The name recorded with the versions this projection has applied. */
    public final String name() {
        return name;
    }

    /** Whether this projection is a view of {@code datasetId}. */
    public final boolean follows(String datasetId) {
        return datasets.contains(datasetId);
    }

    /** A check for the rows of one upload of {@code datasetId} (it may read what it needs once). */
    public abstract RowCheck check(String datasetId);

    /**
     * Applies a release: what left the dataset leaves the collection, what entered it enters. Throws
     * {@link IllegalArgumentException} saying which record it refuses and why (the release is then refused whole).
     */
    public abstract void apply(Release release);

    /** Forgets every row it made from a dataset that is being withdrawn. */
    public abstract void withdraw(String datasetId);

    /** The message of the {@link IllegalArgumentException} {@code check} throws, or null when it throws none. */
    protected static String refusal(Runnable check) {
        try {
            check.run();
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
