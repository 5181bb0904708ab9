package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.http.Format;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * The downloads of a version's rows: the SHA-256 of the canonical CSV and the size of each format. Computed once,
 * when a draft is made, and carried unchanged into the version it becomes.
 */
@Embeddable
public class Downloads {

    /** SHA-256 (hex) of the canonical CSV download. */
    @Column(name = "csv_sha256")
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

    /** The formats the rows can be downloaded in. */
    public List<Format> formats() {
        return geojsonBytes == null ? List.of(Format.CSV, Format.JSON, Format.NDJSON)
                : List.of(Format.CSV, Format.JSON, Format.NDJSON, Format.GEOJSON);
    }

    /** A copy, for the version a draft becomes. */
    public Downloads copy() {
        Downloads copy = new Downloads();
        copy.csvSha256 = csvSha256;
        copy.csvBytes = csvBytes;
        copy.jsonBytes = jsonBytes;
        copy.ndjsonBytes = ndjsonBytes;
        copy.geojsonBytes = geojsonBytes;
        return copy;
    }
}
