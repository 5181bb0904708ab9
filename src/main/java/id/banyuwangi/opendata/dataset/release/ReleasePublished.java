package id.banyuwangi.opendata.dataset.release;

/**
 * The domain event of a new version of a dataset, fired in the publishing transaction once its projections have
 * applied it. Observers that keep state outside the database (caches, directories) listen after the commit.
 *
 * @param datasetId the dataset
 * @param version   the version now latest
 * @param added     records added since the previous version (all of them for version 1)
 * @param changed   records whose values changed since the previous version
 * @param removed   records of the previous version that this one no longer has
 */
public record ReleasePublished(String datasetId, int version, long added, long changed, long removed) {
}
