package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.common.persistence.StringListConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A development indicator of the catalogue: what it measures, in which unit, at which levels and how it rolls up. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "name_id", nullable = false)
    public String nameId;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "description_id", nullable = false)
    public String descriptionId;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    /** Accepted units; the first is the usual one. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "units", nullable = false)
    public List<String> units = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "value_type", nullable = false)
    public ValueType valueType;

    /** Region levels with observations: {@code regency}, {@code district}, {@code village}. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "levels", nullable = false)
    public List<String> levels = new ArrayList<>();

    /** For village-level indicators, the village types it covers ({@code desa}, {@code kelurahan}). */
    @Convert(converter = StringListConverter.class)
    @Column(name = "village_types", nullable = false)
    public List<String> villageTypes = new ArrayList<>();

    @Column(name = "frequency", nullable = false)
    public String frequency;

    @Column(name = "method_id")
    public String methodId;

    @Column(name = "method_en")
    public String methodEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "rollup", nullable = false)
    public Rollup rollup;

    @Column(name = "min_value", precision = 20, scale = 6)
    public BigDecimal minValue;

    @Column(name = "max_value", precision = 20, scale = 6)
    public BigDecimal maxValue;

    /** Whether the indicator exists only for demonstrations or benchmarks. */
    @Column(name = "synthetic", nullable = false)
    public boolean synthetic;

    /**
     * The dataset that publishes its figures: {@code as_of=<version>} names a version of it. Others may publish
     * figures of it too (press reports of the same index, say); null for an indicator no dataset publishes.
     */
    @Column(name = "dataset_id")
    public String datasetId;

    @ElementCollection
    @CollectionTable(name = "indicator_category", joinColumns = @JoinColumn(name = "indicator_code"))
    @OrderBy("position")
    public List<IndicatorCategory> categories = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "indicator_source", joinColumns = @JoinColumn(name = "indicator_code"))
    @Column(name = "source_id")
    public Set<String> sourceIds = new TreeSet<>();
}
