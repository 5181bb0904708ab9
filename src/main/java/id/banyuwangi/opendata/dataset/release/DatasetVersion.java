package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.http.Format;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A published, immutable version of a dataset. */
@Entity
@Table(name = "dataset_version")
public class DatasetVersion {

    /** The dataset and the version number. */
    @Embeddable
    public record Key(
            @Column(name = "dataset_id") String datasetId,
            @Column(name = "version") int version) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "notes_id", nullable = false)
    public String notesId;

    @Column(name = "notes_en", nullable = false)
    public String notesEn;

    @Column(name = "row_count", nullable = false)
    public long rowCount;

    /** The SHA-256 and sizes of its downloads. */
    @Embedded
    public Downloads downloads;

    /** SHA-256 (hex) of the canonical CSV download. */
    public String csvSha256() {
        return downloads.csvSha256;
    }

    /** Size in bytes of the download in a format; null for GeoJSON of a dataset without geometry. */
    public Long bytes(Format format) {
        return downloads.bytes(format);
    }

    /** The formats this version can be downloaded in. */
    public List<Format> formats() {
        return downloads.formats();
    }

    /** The version number. */
    public int number() {
        return key.version();
    }
}
