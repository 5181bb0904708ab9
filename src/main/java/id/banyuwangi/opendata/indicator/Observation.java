package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.source.SourceStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One value of one indicator for one area and period, from one source, as one release of a dataset published it
 * ({@link ObservationProjection}). A value stays from the version that added it ({@link #firstVersion}) through the
 * last version that still holds it ({@link #lastVersion}, null while it is in the latest), so earlier releases can
 * still be asked for.
 */
@Entity
@Table(name = "observation")
public class Observation {

    /** Marks an observation whose source gives no date. */
    public static final String UNDATED = "";

    /**
     * Which of several observations of the same indicator, area and period to prefer (when sources disagree): the
     * more authoritative source first (official, secondary, press-reported, synthetic), then the lower source id.
     */
    public static final Comparator<Observation> PREFERENCE =
            Comparator.<Observation, SourceStatus>comparing(o -> o.status).thenComparing(o -> o.sourceId);

    /**
     * The preferred observation ({@link #PREFERENCE}) of each group of {@code rows} that {@code key} forms, in the
     * order the groups first appear.
     */
    public static <K> List<Observation> preferred(List<Observation> rows, Function<Observation, K> key) {
        Map<K, Observation> best = new LinkedHashMap<>();
        rows.forEach(o -> best.merge(key.apply(o), o, BinaryOperator.minBy(PREFERENCE)));
        return List.copyOf(best.values());
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "indicator_code", nullable = false)
    public String indicatorCode;

    @Column(name = "area_code", nullable = false)
    public String areaCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "area_level", nullable = false)
    public RegionLevel areaLevel;

    /** For a village observation, its kecamatan; null otherwise. */
    @Column(name = "district_code")
    public String districtCode;

    /** {@code YYYY} or {@code YYYY-MM}, or {@link #UNDATED}. */
    @Column(name = "period", nullable = false)
    public String period;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "value_number", precision = 20, scale = 6)
    public BigDecimal value;

    @Column(name = "category")
    public String category;

    @Column(name = "unit", nullable = false)
    public String unit;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false)
    public SourceStatus status;

    @Column(name = "note")
    public String note;

    /** The dataset whose releases hold this value. */
    @Column(name = "dataset_id", nullable = false)
    public String datasetId;

    /** The key of the dataset record it was made from. */
    @Column(name = "record_key", nullable = false)
    public String recordKey;

    /** The version that published this value. */
    @Column(name = "first_version", nullable = false)
    public int firstVersion;

    /** The last version that holds it; null while the latest does. */
    @Column(name = "last_version")
    public Integer lastVersion;
}
