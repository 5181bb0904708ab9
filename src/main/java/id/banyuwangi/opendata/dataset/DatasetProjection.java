package id.banyuwangi.opendata.dataset;

/**
 * Keeps a typed collection (villages, observations, services, ...) in step with the datasets it is a view of: each
 * published version reaches the typed endpoints only through its projection. A projection checks every row of an
 * upload, so that a draft it would refuse is refused at once with the row and reason, and applies each release
 * inside the publishing transaction, so that readers see the old release or the new one everywhere. Features
 * implement it; the catalog calls every projection that follows the dataset published, and records which version
 * each has applied, so that one added later (or rows removed by a migration) catches up on start.
 */
public interface DatasetProjection {

    /** Checks the rows of one upload. */
    @FunctionalInterface
    interface RowCheck {
        /** Why the projection would refuse this row, or null when it takes it. */
        String refusal(ReleaseRow row);
    }

    /** A stable name, recorded with the versions this projection has applied. */
    String name();

    /** Whether this projection is a view of {@code datasetId}. */
    boolean follows(String datasetId);

    /** A check for the rows of one upload of {@code datasetId} (it may read what it needs once). */
    RowCheck check(String datasetId);

    /**
     * Applies a release: what left the dataset leaves the collection, what entered it enters. Throws
     * {@link IllegalArgumentException} saying which record it refuses and why (the release is then refused whole).
     */
    void apply(Release release);

    /** Forgets every row it made from a dataset that is being withdrawn. */
    void withdraw(String datasetId);
}
