package id.banyuwangi.opendata.dataset;

/**
 * Keeps a domain collection (villages, indicators, ...) in step with the dataset it is published as: when a new
 * version of that dataset is published through the API, the typed endpoints serve what it says. Called in the
 * publishing transaction, so both change together or neither does.
 */
public interface DatasetProjection {

    /** The id of the dataset this projection follows. */
    String datasetId();

    /** Applies what changed from version {@code from} (0 for none) to version {@code to}. */
    void apply(int from, int to);

    /** Called once the publishing transaction has committed, to drop what was cached from before it. */
    void committed();
}
