package id.banyuwangi.opendata.dataset.catalog;

/**
 * What the catalog needs of the storage of a dataset's versions, records and drafts: the release side implements it,
 * so the catalog does not depend on it.
 */
public interface DatasetStorage {

    /** Makes the tables of a dataset's records and drafts for a schema; returns their name. */
    String create(String datasetId, TableSchema schema);

    /** Drops the tables of that name (after the transaction that stopped using them has committed). */
    void drop(String table);

    /** Whether the dataset has a published version. */
    boolean published(String datasetId);

    /** Whether the dataset has ready drafts, staged in the columns of its current schema. */
    boolean hasReadyDrafts(String datasetId);

    /**
     * Follows a change of a published dataset's schema that only documentation and indexes see ({@code filterable}):
     * adds and drops indexes; a 409 when a field made filterable holds values too long to index.
     */
    void restyle(Dataset dataset, TableSchema from, TableSchema to);

    /** Removes the versions and drafts of a dataset being withdrawn, and what the projections made of it. */
    void forget(String datasetId);
}
