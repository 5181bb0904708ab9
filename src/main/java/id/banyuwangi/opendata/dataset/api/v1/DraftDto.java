package id.banyuwangi.opendata.dataset.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.dataset.release.DatasetDraft;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The draft of a dataset's next version, as the API shows it to its publisher. */
@Schema(name = "DatasetDraft", description = "Validated rows waiting to be published as the next version.")
public record DraftDto(
        @Schema(description = "Id of the draft.", examples = "8d0f7c8e-3f5b-4d1e-9a51-0b6f3f7f1e2a") String id,
        @Schema(examples = "idm") String datasetId,
        @Schema(enumeration = {"ready", "published", "discarded"}) String status,
        @Schema(description = "The latest version when the draft was uploaded; the diff is against it.",
                nullable = true, examples = "2") Integer baseVersion,
        @Schema(description = "Release notes in Indonesian.") String notesId,
        @Schema(description = "Release notes in English.") String notesEn,
        Instant createdAt,
        @Schema(description = "Id of the API key that uploaded it.", examples = "key_5e1f0a9b3c7d2e4f")
        String createdBy,
        @Schema(examples = "1062") long rowCount,
        @Schema(description = "What the draft changes in the latest version.") Diff diff,
        @Schema(description = "SHA-256 (hex) the CSV download of the version will have.") String sha256,
        @Schema(description = "The version it became, once published.", nullable = true) Integer publishedVersion,
        Links links) {

    /** Example of a draft in JSON. */
    public static final String EXAMPLE = """
            {"id":"8d0f7c8e-3f5b-4d1e-9a51-0b6f3f7f1e2a","dataset_id":"idm","status":"ready","base_version":2,\
            "notes_id":"Rilis IDM 2025.","notes_en":"IDM 2025 release.","created_at":"2026-11-29T05:00:00Z",\
            "created_by":"key_5e1f0a9b3c7d2e4f","row_count":1062,"diff":{"added":945,"changed":3,"removed":0,\
            "unchanged":114},"sha256":"3f1c0d...","published_version":null,\
            "links":{"self":"https://example.org/api/v1/datasets/idm/drafts/8d0f7c8e-3f5b-4d1e-9a51-0b6f3f7f1e2a",\
            "publish":"https://example.org/api/v1/datasets/idm/drafts/8d0f7c8e-3f5b-4d1e-9a51-0b6f3f7f1e2a/publish",\
            "dataset":"https://example.org/api/v1/datasets/idm"}}""";

    /** Rows added, changed, removed and kept, compared with the base version. */
    @Schema(name = "DatasetDraftDiff")
    public record Diff(long added, long changed, long removed, long unchanged) {
    }

    /** Links of a draft. */
    @Schema(name = "DatasetDraftLinks")
    public record Links(String self, String publish, String dataset) {
    }

    /** A page of drafts. */
    @Schema(name = "DatasetDraftPage")
    public record DraftPage(List<DraftDto> items, Page.Paging paging) {
    }

    /** The URL of a draft; {@code baseUri} ends in a slash. */
    public static String url(DatasetDraft d, String baseUri) {
        return baseUri + "api/v1/datasets/" + d.datasetId + "/drafts/" + d.id;
    }

    public static DraftDto from(DatasetDraft d, String baseUri) {
        String self = url(d, baseUri);
        return new DraftDto(d.id, d.datasetId, d.status, d.baseVersion, d.notesId, d.notesEn, d.createdAt,
                d.createdBy, d.rowCount, new Diff(d.added, d.changed, d.removed, d.rowCount - d.added - d.changed),
                d.downloads.csvSha256, d.publishedVersion, new Links(self, self + "/publish",
                        baseUri + "api/v1/datasets/" + d.datasetId));
    }
}
