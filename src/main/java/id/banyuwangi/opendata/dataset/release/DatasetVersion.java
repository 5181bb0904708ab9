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
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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

    /** When this installation published it (for a seed version, when it loaded the seed). */
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    /**
     * When its data was issued by whoever issued it, as precisely as they state it ({@code YYYY}, {@code YYYY-MM}
     * or {@code YYYY-MM-DD}); null where the source states no date. Citations give this date.
     */
    @Column(name = "issued")
    public String issued;

    @Column(name = "notes_id", nullable = false)
    public String notesId;

    @Column(name = "notes_en", nullable = false)
    public String notesEn;

    @Column(name = "row_count", nullable = false)
    public long rowCount;

    /** The SHA-256 and sizes of its downloads. */
    @Embedded
    public Downloads downloads;

    /**
     * Checks an issue date as a seed or a publisher states it: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, a
     * real date; throws {@link IllegalArgumentException} saying so otherwise. Null stays null (no date stated).
     */
    public static String checkIssued(String issued) {
        if (issued == null) {
            return null;
        }
        try {
            switch (issued.length()) {
                case 4 -> Year.parse(issued);
                case 7 -> YearMonth.parse(issued);
                case 10 -> LocalDate.parse(issued);
                default -> throw new DateTimeParseException("", issued, 0);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("issued '" + issued + "' is not a year, month or date (2024, 2024-06"
                    + " or 2024-06-30)");
        }
        return issued;
    }

    /** SHA-256 (hex) of the canonical CSV download. */
    public String csvSha256() {
        return downloads.csvSha256;
    }

    /** Size in bytes of the download in a format; null for GeoJSON of a dataset without geometry. */
    public Long bytes(Format format) {
        return downloads.bytes(format);
    }

    /** SHA-256 (hex) of the download in a format; null where none was recorded (see {@link Downloads}). */
    public String sha256(Format format) {
        return downloads.sha256(format);
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
