package id.banyuwangi.opendata.dataset.api.v1;

import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published, immutable version of a dataset, as the API publishes it. */
@Schema(name = "DatasetVersion", description = "A published version; its content never changes.")
public record DatasetVersionDto(
        @Schema(examples = "villages") String datasetId,
        @Schema(examples = "2") int version,
        @Schema(description = "When this installation published the version (for a version of the seed, when it"
                + " loaded the seed).") Instant publishedAt,
        @Schema(description = "When the data was issued by whoever issued it, as precisely as they state it (YYYY,"
                + " YYYY-MM or YYYY-MM-DD): the source's own date for a version of the seed, null where the source"
                + " states none; the day of publication for a version published here. Citations give this date.",
                nullable = true, examples = "2026-11-29") String issued,
        @Schema(description = "Release notes in Indonesian.") String notesId,
        @Schema(description = "Release notes in English.") String notesEn,
        @Schema(examples = "217") long rowCount,
        @Schema(description = "SHA-256 (hex) of the CSV download.") String sha256,
        @Schema(description = "The downloads, with their sizes.") List<DownloadDto> downloads,
        Links links) {

    /** Example of a version in JSON. */
    public static final String EXAMPLE = """
            {"dataset_id":"villages","version":2,"published_at":"2026-11-29T05:00:00Z","issued":"2026-11-29","notes_id":"Nama menurut\
             Kepmendagri 300.2.2-2430/2025.","notes_en":"Names as in Kepmendagri 300.2.2-2430/2025.",\
            "row_count":217,"sha256":"87b1a886c77886dbfc8b1500cc30084e15a5a36c3840d27e067c6e08b999b2df",\
            "downloads":[{"format":"csv","media_type":"text/csv","bytes":20107,\
            "sha256":"87b1a886c77886dbfc8b1500cc30084e15a5a36c3840d27e067c6e08b999b2df",\
            "url":"https://example.org/api/v1/datasets/villages/versions/2/download?format=csv"}],\
            "links":{"self":"https://example.org/api/v1/datasets/villages/versions/2",\
            "records":"https://example.org/api/v1/datasets/villages/versions/2/records",\
            "datapackage":"https://example.org/api/v1/datasets/villages/versions/2/datapackage.json",\
            "citation":"https://example.org/api/v1/datasets/villages/versions/2/citation"}}""";

    /** One download format of a version. */
    @Schema(name = "DatasetDownload")
    public record DownloadDto(@Schema(enumeration = {"csv", "json", "ndjson", "geojson"}) String format,
            String mediaType, long bytes,
            @Schema(description = "SHA-256 (hex) of the download's bytes; null for a version published before the"
                    + " service recorded it for every format (the CSV's is always known).", nullable = true,
                    pattern = "^[0-9a-f]{64}$") String sha256,
            String url) {
    }

    /** Links of a version. */
    @Schema(name = "DatasetVersionLinks")
    public record Links(String self, String records, String datapackage, String citation) {
    }

    /** A page of versions. */
    @Schema(name = "DatasetVersionPage")
    public record DatasetVersionPage(List<DatasetVersionDto> items, Page.Paging paging) {
    }

    /** The stable URL of a version; {@code baseUri} ends in a slash. */
    public static String url(DatasetVersion v, String baseUri) {
        return baseUri + "api/v1/datasets/" + v.key.datasetId() + "/versions/" + v.number();
    }

    public static DatasetVersionDto from(DatasetVersion v, String baseUri) {
        String self = url(v, baseUri);
        List<DownloadDto> downloads = new ArrayList<>();
        for (Format format : v.formats()) {
            downloads.add(new DownloadDto(format.parameterValue(), format.mediaType(), v.bytes(format),
                    v.sha256(format), self + "/download?format=" + format.parameterValue()));
        }
        return new DatasetVersionDto(v.key.datasetId(), v.number(), v.publishedAt, v.issued, v.notesId, v.notesEn,
                v.rowCount, v.csvSha256(), downloads, new Links(self, self + "/records", self + "/datapackage.json",
                        self + "/citation"));
    }
}
