package id.banyuwangi.opendata.dataset.catalog;

/**
 * The domain event of a dataset created, described anew or withdrawn (anything but a release, which is
 * release/ReleasePublished), fired in the transaction that changed it.
 *
 * @param datasetId the dataset
 */
public record DatasetChanged(String datasetId) {
}
