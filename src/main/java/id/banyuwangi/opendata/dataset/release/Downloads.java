package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.http.Format;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/**
 * The downloads of a version's rows: the size and SHA-256 of each format. Computed once, when a draft is made, and
 * carried unchanged into the version it becomes. Versions published before the other formats' SHA-256 were recorded
 * have only the CSV's.
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

    @Column(name = "json_sha256")
    public String jsonSha256;

    @Column(name = "ndjson_sha256")
    public String ndjsonSha256;

    @Column(name = "geojson_sha256")
    public String geojsonSha256;

    /** Size in bytes of the download in a format; null for GeoJSON of a dataset without geometry. */
    public Long bytes(Format format) {
        return switch (format) {
            case CSV -> csvBytes;
            case JSON -> jsonBytes;
            case NDJSON -> ndjsonBytes;
            case GEOJSON -> geojsonBytes;
        };
    }

    /** SHA-256 (hex) of the download in a format; null where none was recorded or there is no such download. */
    public String sha256(Format format) {
        return switch (format) {
            case CSV -> csvSha256;
            case JSON -> jsonSha256;
            case NDJSON -> ndjsonSha256;
            case GEOJSON -> geojsonSha256;
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
        copy.jsonSha256 = jsonSha256;
        copy.ndjsonSha256 = ndjsonSha256;
        copy.geojsonSha256 = geojsonSha256;
        return copy;
    }
}
