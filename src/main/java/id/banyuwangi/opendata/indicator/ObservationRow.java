package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.source.SourceStatus;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The columns of an {@link Observation} that its representations show: what a download reads for each of a million
 * rows, as a value rather than an entity of the session.
 */
public record ObservationRow(long id, String indicatorCode, String areaCode, RegionLevel areaLevel, String period,
        BigDecimal value, String category, String unit, String sourceId, SourceStatus status, String note,
        String datasetId, int firstVersion) {

    /** The columns of the {@code observation} table, under the alias {@code o}, that {@link #read} reads. */
    static final String COLUMNS = "o.id, o.indicator_code, o.area_code, o.area_level, o.period, o.value_number,"
            + " o.category, o.unit, o.source_id, o.status, o.note, o.dataset_id, o.first_version";

    /** The row at the cursor of a result set of {@link #COLUMNS}. */
    static ObservationRow read(ResultSet rows) throws SQLException {
        return new ObservationRow(rows.getLong(1), rows.getString(2), rows.getString(3),
                RegionLevel.valueOf(rows.getString(4)), rows.getString(5), rows.getBigDecimal(6), rows.getString(7),
                rows.getString(8), rows.getString(9), SourceStatus.valueOf(rows.getString(10)), rows.getString(11),
                rows.getString(12), rows.getInt(13));
    }

    /** The row of an observation read as an entity. */
    public static ObservationRow of(Observation o) {
        return new ObservationRow(o.id, o.indicatorCode, o.areaCode, o.areaLevel, o.period, o.value, o.category,
                o.unit, o.sourceId, o.status, o.note, o.datasetId, o.firstVersion);
    }
}
