package id.banyuwangi.opendata.changefeed.api.v1;

import id.banyuwangi.opendata.changefeed.ChangeEvent;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.paging.Page;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of the change feed, as the API publishes it: the JSON of a page item and of a Server-Sent Event. */
@Schema(name = "ChangeEvent", description = "Something that happened to a dataset: created, described anew, a version"
        + " published (with its diff counts and links), withdrawn.")
public record ChangeEventDto(
        @Schema(description = "Position in the feed and the id of the Server-Sent Event: ids grow in commit order,"
                + " on every replica.", examples = "42") long id,
        @Schema(enumeration = {"dataset_created", "metadata_changed", "version_published", "dataset_withdrawn"})
        String type,
        @Schema(examples = "villages") String datasetId,
        @Schema(description = "When it happened: the dataset's created or modified time, or the version's"
                + " published_at.") Instant occurredAt,
        @Schema(description = "The version published; null for the other types.", nullable = true, examples = "2")
        Integer version,
        @Schema(description = "Records the version added (every record of version 1); null for the other types.",
                nullable = true, examples = "0") Long added,
        @Schema(description = "Records whose values the version changed; null for the other types.",
                nullable = true, examples = "8") Long changed,
        @Schema(description = "Records of the previous version that the version no longer has; null for the other"
                + " types.", nullable = true, examples = "0") Long removed,
        @Schema(description = "Records of the version; null for the other types.", nullable = true,
                examples = "217") Long rowCount,
        @Schema(description = "SHA-256 (hex) of the version's CSV download; null for the other types.",
                nullable = true) String sha256,
        @Schema(description = "The metadata fields the new description changed (metadata_changed only; null for the"
                + " other types).", nullable = true) List<String> changedFields,
        Links links) {

    /** Example of an event in JSON. */
    public static final String EXAMPLE = """
            {"id":42,"type":"version_published","dataset_id":"villages","occurred_at":"2026-11-29T05:00:00Z",\
            "version":2,"added":0,"changed":8,"removed":0,"row_count":217,\
            "sha256":"9a1f6c3e0b2d4a5c8e7f9b1d3c5a7e9f0b2d4c6e8a1c3e5f7a9b1d3f5e7c9a1b","changed_fields":null,\
            "links":{"dataset":"https://example.org/api/v1/datasets/villages",\
            "version":"https://example.org/api/v1/datasets/villages/versions/2",\
            "diff":"https://example.org/api/v1/datasets/villages/diff?from=1&to=2","downloads":[\
            {"format":"csv","media_type":"text/csv",\
            "url":"https://example.org/api/v1/datasets/villages/versions/2/download?format=csv"},\
            {"format":"json","media_type":"application/json",\
            "url":"https://example.org/api/v1/datasets/villages/versions/2/download?format=json"},\
            {"format":"ndjson","media_type":"application/x-ndjson",\
            "url":"https://example.org/api/v1/datasets/villages/versions/2/download?format=ndjson"}]}}""";

    /** Example of the same event as a Server-Sent Event. */
    public static final String SSE_EXAMPLE = "id: 42\nevent: version_published\ndata: " + EXAMPLE + "\n\n";

    /** Where to read what the event is about. */
    @Schema(name = "ChangeEventLinks")
    public record Links(
            @Schema(description = "The dataset (404 once it is withdrawn).") String dataset,
            @Schema(description = "The version published; null for the other types.", nullable = true)
            String version,
            @Schema(description = "Its record-level diff against the previous version (added, changed and removed"
                    + " records, cursor-paged); null for version 1, whose records are all added (read them from"
                    + " a download), and for the other types.", nullable = true) String diff,
            @Schema(description = "The version's downloads; empty for the other types.") List<DownloadLink> downloads) {
    }

    /** One download of the version published. */
    @Schema(name = "ChangeEventDownload")
    public record DownloadLink(@Schema(enumeration = {"csv", "json", "ndjson", "geojson"}) String format,
            @Schema(examples = "text/csv") String mediaType, String url) {
    }

    /** A page of events. */
    @Schema(name = "ChangeEventPage")
    public record ChangeEventPage(List<ChangeEventDto> items, Page.Paging paging) {
    }

    /** The event with links under {@code baseUri} (ending in a slash). */
    public static ChangeEventDto from(ChangeEvent e, String baseUri) {
        String dataset = baseUri + "api/v1/datasets/" + e.datasetId;
        String version = e.version == null ? null : dataset + "/versions/" + e.version;
        String diff = e.version == null || e.version == 1 ? null
                : dataset + "/diff?from=" + (e.version - 1) + "&to=" + e.version;
        List<DownloadLink> downloads = e.formatList().stream().map(f -> new DownloadLink(f,
                Format.valueOf(f.toUpperCase(Locale.ROOT)).mediaType(), version + "/download?format=" + f)).toList();
        return new ChangeEventDto(e.id, e.type, e.datasetId, e.occurredAt, e.version, e.added, e.changed, e.removed,
                e.rowCount, e.csvSha256, e.changedFieldList(), new Links(dataset, version, diff, downloads));
    }
}
