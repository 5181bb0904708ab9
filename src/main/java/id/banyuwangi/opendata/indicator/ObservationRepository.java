package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import id.banyuwangi.opendata.common.persistence.Jdbc;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.region.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Queries of {@link Observation}. Reads answer from the latest release of each dataset unless they are given
 * {@code asOf}: a version per dataset, whose values are those it held (datasets not named are left out).
 */
@ApplicationScoped
public class ObservationRepository extends EntityRepository<Observation, Long> {

    /** The orders the observation list offers. */
    public static final Sort<Observation> SORT = new Sort<>(
            new SortField<>("id", "id", Long.class, o -> o.id),
            List.of(new SortField<>("indicator_code", "indicatorCode", String.class, o -> o.indicatorCode),
                    new SortField<>("area_code", "areaCode", String.class, o -> o.areaCode),
                    new SortField<>("period", "period", String.class, o -> o.period)));

    private static final int STREAM_FETCH_SIZE = 5000;
    private static final int BATCH = 500;
    private static final String INSERT = "INSERT INTO observation (indicator_code, area_code, area_level,"
            + " district_code, period, period_start, period_end, value_number, category, unit, source_id, status,"
            + " note, dataset_id, record_key, first_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One page of observations matching the filter, plus one row to tell whether another page follows. */
    public List<Observation> page(ObservationFilter filter, PageRequest<Observation> page) {
        Map<String, Object> params = new HashMap<>();
        ObservationConditions conditions = ObservationConditions.hql(params);
        restrict(filter, conditions);
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from Observation o", "o", conditions.list(), params, page), params)
                .range(0, page.limit()).list();
    }

    /**
     * Hands every observation matching the filter to {@code consumer} in id order, as one SQL statement read in
     * batches straight from the result set, so that memory stays constant however many rows match and no entity is
     * made for any of them. Must run in a transaction (which lets the driver read in batches).
     */
    public void forEach(ObservationFilter filter, Consumer<ObservationRow> consumer) {
        ObservationConditions.Sql conditions = ObservationConditions.sql();
        restrict(filter, conditions);
        String sql = "SELECT " + ObservationRow.COLUMNS + " FROM observation o WHERE " + conditions.joined()
                + " ORDER BY o.id";
        Jdbc.work(getEntityManager(), connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(STREAM_FETCH_SIZE);
                conditions.bindTo(query);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(ObservationRow.read(rows));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Number of observations, of those closed by a later release, and the highest id: changes whenever a release
     * adds, changes or removes one.
     */
    public String fingerprint() {
        Object[] row = getEntityManager().createQuery("select count(o), count(o.lastVersion), max(o.id)"
                + " from Observation o", Object[].class).getSingleResult();
        return row[0] + "-" + row[1] + "-" + row[2];
    }

    /** The observations of one indicator and period at one level. */
    public List<Observation> ofPeriod(String indicatorCode, String period, RegionLevel level,
            Map<String, Integer> asOf) {
        Map<String, Object> params = new HashMap<>(Map.of("code", indicatorCode, "period", period, "level", level));
        ObservationConditions held = ObservationConditions.hql(params);
        held(held, "o", asOf);
        return list("from Observation o where o.indicatorCode = :code and o.period = :period and o.areaLevel = :level"
                + " and " + held.joined() + " order by o.areaCode, o.id", params);
    }

    /** The most recent dated period of an indicator at one level. */
    public Optional<String> latestPeriod(String indicatorCode, RegionLevel level, Map<String, Integer> asOf) {
        Map<String, Object> params = new HashMap<>(Map.of("code", indicatorCode, "level", level));
        ObservationConditions held = ObservationConditions.hql(params);
        held(held, "o", asOf);
        TypedQuery<String> query = getEntityManager().createQuery("select max(o.period) from Observation o"
                + " where o.indicatorCode = :code and o.areaLevel = :level and o.period <> '' and "
                + held.joined(), String.class);
        params.forEach(query::setParameter);
        return Optional.ofNullable(query.getSingleResult());
    }

    /** Number of observations of an indicator per period and level, in period order (undated last). */
    public List<Object[]> countsByPeriodAndLevel(String indicatorCode) {
        return getEntityManager().createQuery("select o.period, o.areaLevel, count(o) from Observation o"
                        + " where o.indicatorCode = :code and o.lastVersion is null group by o.period, o.areaLevel"
                        + " order by case when o.period = '' then 1 else 0 end, o.period, o.areaLevel", Object[].class)
                .setParameter("code", indicatorCode).getResultList();
    }

    /** Every observation of one area, by indicator then period. */
    public List<Observation> ofArea(String areaCode) {
        return list("areaCode = ?1 and lastVersion is null order by indicatorCode, period, id", areaCode);
    }

    /** Ends the observations made from these records of a dataset: they are held through version {@code last}. */
    public void close(String datasetId, List<String> recordKeys, int last) {
        for (int i = 0; i < recordKeys.size(); i += BATCH) {
            update("lastVersion = :last where datasetId = :dataset and recordKey in :keys and lastVersion is null",
                    Map.of("last", last, "dataset", datasetId,
                            "keys", recordKeys.subList(i, Math.min(recordKeys.size(), i + BATCH))));
        }
    }

    /**
     * Stores new observations as one JDBC batch: Hibernate does not batch inserts into a table whose ids the
     * database generates, and a release may add hundreds of thousands (measured on H2: 113,400 rows in 215 s one
     * by one).
     */
    public void add(List<Observation> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Jdbc.work(getEntityManager(), connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Observation o : rows) {
                    int p = 1;
                    insert.setString(p++, o.indicatorCode);
                    insert.setString(p++, o.areaCode);
                    insert.setString(p++, o.areaLevel.name());
                    insert.setString(p++, o.districtCode);
                    insert.setString(p++, o.period);
                    insert.setObject(p++, o.periodStart, Types.DATE);
                    insert.setObject(p++, o.periodEnd, Types.DATE);
                    insert.setBigDecimal(p++, o.value);
                    insert.setString(p++, o.category);
                    insert.setString(p++, o.unit);
                    insert.setString(p++, o.sourceId);
                    insert.setString(p++, o.status.name());
                    insert.setString(p++, o.note);
                    insert.setString(p++, o.datasetId);
                    insert.setString(p++, o.recordKey);
                    insert.setInt(p, o.firstVersion);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * Adds the condition that {@code alias} is held by the release asked for: the latest ({@code asOf} null), or for
     * each dataset of {@code asOf} its version there.
     */
    private static void held(ObservationConditions c, String alias, Map<String, Integer> asOf) {
        c.add(heldBy(c, alias, asOf));
    }

    private static String heldBy(ObservationConditions c, String alias, Map<String, Integer> asOf) {
        String last = c.column(alias, "lastVersion");
        if (asOf == null) {
            return last + " is null";
        }
        if (asOf.isEmpty()) {
            return "1 = 0";
        }
        List<String> each = new ArrayList<>();
        for (Map.Entry<String, Integer> release : new TreeMap<>(asOf).entrySet()) {
            // each value bound where it stands: SQL binds by position
            each.add("(" + c.column(alias, "datasetId") + " = " + c.bind(release.getKey()) + " and "
                    + c.column(alias, "firstVersion") + " <= " + c.bind(release.getValue()) + " and (" + last
                    + " is null or " + last + " >= " + c.bind(release.getValue()) + "))");
        }
        return "(" + String.join(" or ", each) + ")";
    }

    /**
     * Adds the conditions of the filter. Each value is bound as its condition is written, in the order of the text,
     * as SQL's positional parameters need.
     */
    private static void restrict(ObservationFilter filter, ObservationConditions c) {
        held(c, "o", filter.asOf());
        if (!filter.indicators().isEmpty()) {
            c.add(c.column("o", "indicatorCode") + " in " + c.bind(filter.indicators()));
        }
        if (!filter.areaCodes().isEmpty()) {
            c.add(c.column("o", "areaCode") + " in " + c.bind(filter.areaCodes()));
        }
        if (filter.within() != null) {
            // No area in the box: no observation.
            c.add(filter.within().isEmpty() ? "1 = 0" : c.column("o", "areaCode") + " in " + c.bind(filter.within()));
        }
        if (filter.districtCode() != null) {
            c.add(c.column("o", "districtCode") + " = " + c.bind(filter.districtCode()));
        }
        if (filter.level() != null) {
            c.add(c.column("o", "areaLevel") + " = " + c.bind(filter.level()));
        }
        if (filter.period() != null) {
            c.add(c.column("o", "period") + " = " + c.bind(filter.period().toString()));
        }
        rangeAndStatus(filter, c, "o").forEach(c::add);
        if (filter.latest()) {
            String period = c.column("p", "period");
            StringBuilder newest = new StringBuilder(c.column("o", "period") + " <> '' and " + c.column("o", "period")
                    + " = (select max(" + period + ") from " + c.table() + " p where " + c.column("p", "indicatorCode")
                    + " = " + c.column("o", "indicatorCode") + " and " + c.column("p", "areaCode") + " = "
                    + c.column("o", "areaCode") + " and " + period + " <> '' and " + heldBy(c, "p", filter.asOf()));
            rangeAndStatus(filter, c, "p").forEach(condition -> newest.append(" and ").append(condition));
            c.add(newest.append(")").toString());
        }
    }

    /** The conditions of the filter's period range and source status on {@code alias}, their values bound. */
    private static List<String> rangeAndStatus(ObservationFilter filter, ObservationConditions c, String alias) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add(c.column(alias, "status") + " = " + c.bind(filter.status()));
        }
        if (filter.from() != null) {
            conditions.add(c.column(alias, "periodStart") + " >= " + c.bind(filter.from().start()));
        }
        if (filter.to() != null) {
            conditions.add(c.column(alias, "periodEnd") + " <= " + c.bind(filter.to().end()));
        }
        return conditions;
    }
}
