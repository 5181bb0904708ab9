package id.banyuwangi.opendata.dataset.release;

/**
 * A release: one version of one dataset, as typed answers name where their figures come from.
 *
 * @param datasetId the dataset
 * @param version   the version number
 */
public record ReleaseRef(String datasetId, int version) {
}
