package id.banyuwangi.opendata.dataset.release;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * The draft of a dataset's next version: validated rows waiting to be published, with their diff against the
 * version that was the latest when they were uploaded and the SHA-256 and sizes the version's downloads will have.
 */
@Entity
@Table(name = "dataset_draft")
public class DatasetDraft {

    /** Where a draft stands. */
    public enum Status {
        READY, PUBLISHED, DISCARDED;

        /** The name as stored and as the API writes it. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "dataset_id", nullable = false)
    public String datasetId;

    @Column(name = "status", nullable = false)
    public String status;

    /** The latest version when the draft was made; null when the dataset had none. */
    @Column(name = "base_version")
    public Integer baseVersion;

    @Column(name = "notes_id", nullable = false)
    public String notesId;

    @Column(name = "notes_en", nullable = false)
    public String notesEn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The API key that uploaded the draft ({@code seed} for the seed's versions). */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "row_count", nullable = false)
    public long rowCount;

    @Column(name = "added_count", nullable = false)
    public long added;

    @Column(name = "changed_count", nullable = false)
    public long changed;

    @Column(name = "removed_count", nullable = false)
    public long removed;

    /** The SHA-256 and sizes the version's downloads will have; known once the draft is ready. */
    @Embedded
    public Downloads downloads = new Downloads();

    /** The version the draft became; null until it is published. */
    @Column(name = "published_version")
    public Integer publishedVersion;

    /** Whether the draft is in this state. */
    public boolean is(Status s) {
        return status.equals(s.code());
    }
}
