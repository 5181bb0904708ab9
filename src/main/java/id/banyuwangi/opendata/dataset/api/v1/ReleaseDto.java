package id.banyuwangi.opendata.dataset.api.v1;

import id.banyuwangi.opendata.dataset.release.ReleaseRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dataset release a typed answer comes from, to cite and to open. */
@Schema(name = "Release", description = "The dataset version a figure comes from.")
public record ReleaseDto(
        @Schema(description = "Id of the dataset.", examples = "idm", required = true) String dataset,
        @Schema(description = "The version number.", examples = "2", required = true) int version,
        @Schema(description = "The version in the API (GET /api/v1/datasets/{id}/versions/{version}).",
                examples = "https://example.org/api/v1/datasets/idm/versions/2", required = true) String url) {

    /** The release of a version; {@code baseUri} ends in a slash. */
    public static ReleaseDto of(String datasetId, int version, String baseUri) {
        return new ReleaseDto(datasetId, version, baseUri + "api/v1/datasets/" + datasetId + "/versions/" + version);
    }

    /** The representation of a release. */
    public static ReleaseDto from(ReleaseRef release, String baseUri) {
        return of(release.datasetId(), release.version(), baseUri);
    }
}
