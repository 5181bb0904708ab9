package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.source.SourceStatus;
import java.math.BigDecimal;

/**
 * The columns of an {@link Observation} that its representations show: what a download reads for each of a million
 * rows, as a value rather than an entity of the session.
 */
public record ObservationRow(long id, String indicatorCode, String areaCode, RegionLevel areaLevel, String period,
        BigDecimal value, String category, String unit, String sourceId, SourceStatus status, String note,
        String datasetId, int firstVersion) {

    /** The select clause of HQL over {@code Observation o} that makes these rows. */
    static final String SELECT = "select new " + ObservationRow.class.getName() + "(o.id, o.indicatorCode,"
            + " o.areaCode, o.areaLevel, o.period, o.value, o.category, o.unit, o.sourceId, o.status, o.note,"
            + " o.datasetId, o.firstVersion)";

    /** The row of an observation read as an entity. */
    public static ObservationRow of(Observation o) {
        return new ObservationRow(o.id, o.indicatorCode, o.areaCode, o.areaLevel, o.period, o.value, o.category,
                o.unit, o.sourceId, o.status, o.note, o.datasetId, o.firstVersion);
    }
}
