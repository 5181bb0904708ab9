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
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

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

    private static final int STREAM_FETCH_SIZE = 1000;
    private static final int BATCH = 500;
    private static final String INSERT = "INSERT INTO observation (indicator_code, area_code, area_level,"
            + " district_code, period, period_start, period_end, value_number, category, unit, source_id, status,"
            + " note, dataset_id, record_key, first_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One page of observations matching the filter, plus one row to tell whether another page follows. */
    public List<Observation> page(ObservationFilter filter, PageRequest<Observation> page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        restrict(filter, where, params);
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from Observation o", "o", where, params, page), params)
                .range(0, page.limit()).list();
    }

    /**
     * Hands every observation matching the filter to {@code consumer} in id order, as one statement read in batches,
     * so that memory stays constant however many rows match: each is a {@link ObservationRow}, not an entity of the
     * session. Must run in a transaction.
     */
    public void forEach(ObservationFilter filter, Consumer<ObservationRow> consumer) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        restrict(filter, where, params);
        TypedQuery<ObservationRow> query = getEntityManager().createQuery(ObservationRow.SELECT + " "
                        + select(where) + " order by o.id", ObservationRow.class)
                .setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_FETCH_SIZE);
        params.forEach(query::setParameter);
        try (Stream<ObservationRow> rows = query.getResultStream()) {
            rows.forEach(consumer);
        }
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
        return list("from Observation o where o.indicatorCode = :code and o.period = :period and o.areaLevel = :level"
                + " and " + held("o", asOf, params) + " order by o.areaCode, o.id", params);
    }

    /** The most recent dated period of an indicator at one level. */
    public Optional<String> latestPeriod(String indicatorCode, RegionLevel level, Map<String, Integer> asOf) {
        Map<String, Object> params = new HashMap<>(Map.of("code", indicatorCode, "level", level));
        TypedQuery<String> query = getEntityManager().createQuery("select max(o.period) from Observation o"
                + " where o.indicatorCode = :code and o.areaLevel = :level and o.period <> '' and "
                + held("o", asOf, params), String.class);
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
     * The condition that {@code alias} is held by the release asked for: the latest ({@code asOf} null), or for each
     * dataset of {@code asOf} its version there.
     */
    private static String held(String alias, Map<String, Integer> asOf, Map<String, Object> params) {
        if (asOf == null) {
            return alias + ".lastVersion is null";
        }
        if (asOf.isEmpty()) {
            return "1 = 0";
        }
        List<String> each = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Integer> release : new TreeMap<>(asOf).entrySet()) {
            String d = "asOfDataset" + i;
            String v = "asOfVersion" + i++;
            params.put(d, release.getKey());
        params.put(v, release.getValue());
            each.add(String.format("(%1$s.datasetId = :%2$s and %1$s.firstVersion <= :%3$s and (%1$s.lastVersion is"
                    + " null or %1$s.lastVersion >= :%3$s))", alias, d, v));
        }
        return "(" + String.join(" or ", each) + ")";
    }

    private static String select(List<String> where) {
        return "from Observation o" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    private static void restrict(ObservationFilter filter, List<String> where, Map<String, Object> params) {
        List<String> periodRange = new ArrayList<>();
        where.add(held("o", filter.asOf(), params));
        if (!filter.indicators().isEmpty()) {
            where.add("o.indicatorCode in :indicators");
            params.put("indicators", filter.indicators());
        }
        if (!filter.areaCodes().isEmpty()) {
            where.add("o.areaCode in :areas");
            params.put("areas", filter.areaCodes());
        }
        if (filter.within() != null) {
            // No area in the box: no observation.
            where.add(filter.within().isEmpty() ? "1 = 0" : "o.areaCode in :within");
            if (!filter.within().isEmpty()) {
                params.put("within", filter.within());
            }
        }
        if (filter.districtCode() != null) {
            where.add("o.districtCode = :district");
            params.put("district", filter.districtCode());
        }
        if (filter.level() != null) {
            where.add("o.areaLevel = :level");
            params.put("level", filter.level());
        }
        if (filter.period() != null) {
            where.add("o.period = :period");
            params.put("period", filter.period().toString());
        }
        if (filter.from() != null) {
            periodRange.add("%1$s.periodStart >= :from");
            params.put("from", filter.from().start());
        }
        if (filter.to() != null) {
            periodRange.add("%1$s.periodEnd <= :to");
            params.put("to", filter.to().end());
        }
        if (filter.status() != null) {
            where.add("o.status = :status");
            params.put("status", filter.status());
        }
        periodRange.forEach(condition -> where.add(String.format(condition, "o")));
        if (filter.latest()) {
            StringBuilder newest = new StringBuilder("o.period <> '' and o.period = (select max(p.period)"
                    + " from Observation p where p.indicatorCode = o.indicatorCode and p.areaCode = o.areaCode"
                    + " and p.period <> '' and " + held("p", filter.asOf(), params));
            periodRange.forEach(condition -> newest.append(" and ").append(String.format(condition, "p")));
            if (filter.status() != null) {
                newest.append(" and p.status = :status");
            }
            where.add(newest.append(")").toString());
        }
    }
}
