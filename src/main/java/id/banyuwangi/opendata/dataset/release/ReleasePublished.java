package id.banyuwangi.opendata.dataset.release;

/**
 * The domain event of a new version of a dataset, fired in the publishing transaction once its projections have
 * applied it. Observers that keep state outside the database (caches, directories) listen after the commit.
 *
 * @param datasetId the dataset
 * @param version   the version now latest
 */
public record ReleasePublished(String datasetId, int version) {
}
