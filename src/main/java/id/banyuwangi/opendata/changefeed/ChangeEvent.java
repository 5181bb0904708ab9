package id.banyuwangi.opendata.changefeed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One event of the change feed, written in the transaction of the change it records. Its id is its position in
 * commit order ({@link ChangeEventRepository#append}); events are only ever added.
 */
@Entity
@Table(name = "change_event")
public class ChangeEvent {

    /** The position in the feed: ids grow in commit order, without gaps. */
    @Id
    @Column(name = "id")
    public Long id;

    /** The {@link ChangeType#code()}. */
    @Column(name = "event_type", nullable = false)
    public String type;

    @Column(name = "dataset_id", nullable = false)
    public String datasetId;

    /** When it happened: the dataset's created or modified time, or the version's published time. */
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The version published; null for the other types. */
    @Column(name = "version_number")
    public Integer version;

    /** Records added with the version (all of them for version 1); null unless a version was published. */
    @Column(name = "added_count")
    public Long added;

    /** Records whose values the version changed; null unless a version was published. */
    @Column(name = "changed_count")
    public Long changed;

    /** Records of the previous version the version no longer has; null unless a version was published. */
    @Column(name = "removed_count")
    public Long removed;

    /** Records of the version; null unless a version was published. */
    @Column(name = "row_count")
    public Long rowCount;

    /** SHA-256 (hex) of the version's CSV download; null unless a version was published. */
    @Column(name = "csv_sha256")
    public String csvSha256;

    /** The download formats of the version, comma-separated ({@code csv,json,ndjson}); null for the other types. */
    @Column(name = "formats")
    public String formats;

    /** The metadata fields a new description changed, comma-separated; null for the other types. */
    @Column(name = "changed_fields")
    public String changedFields;

    /** The type. */
    public ChangeType changeType() {
        return ChangeType.of(type).orElseThrow();
    }

    /** The download formats of the version; empty for the other types. */
    public List<String> formatList() {
        return formats == null ? List.of() : Arrays.asList(formats.split(","));
    }

    /** The metadata fields a new description changed; null for the other types. */
    public List<String> changedFieldList() {
        return changedFields == null ? null
                : changedFields.isEmpty() ? List.of() : Arrays.asList(changedFields.split(","));
    }
}
