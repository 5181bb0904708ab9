package id.banyuwangi.opendata.dataset;

import id.banyuwangi.opendata.common.http.Format;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
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

    /** SHA-256 (hex) of the canonical CSV download. */
    @Column(name = "csv_sha256", nullable = false)
    public String csvSha256;

    @Column(name = "csv_bytes", nullable = false)
    public long csvBytes;

    @Column(name = "json_bytes", nullable = false)
    public long jsonBytes;

    @Column(name = "ndjson_bytes", nullable = false)
    public long ndjsonBytes;

    /** Size of the GeoJSON download, null for datasets without geometry. */
    @Column(name = "geojson_bytes")
    public Long geojsonBytes;

    /** Size in bytes of the download in a format; null for GeoJSON of a dataset without geometry. */
    public Long bytes(Format format) {
        return switch (format) {
            case CSV -> csvBytes;
            case JSON -> jsonBytes;
            case NDJSON -> ndjsonBytes;
            case GEOJSON -> geojsonBytes;
        };
    }

    /** The formats this version can be downloaded in. */
    public List<Format> formats() {
        return geojsonBytes == null ? List.of(Format.CSV, Format.JSON, Format.NDJSON)
                : List.of(Format.CSV, Format.JSON, Format.NDJSON, Format.GEOJSON);
    }

    /** The version number. */
    public int number() {
        return key.version();
    }
}
