package id.banyuwangi.opendata.dataset;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/** Queries of {@link DatasetRecord}: the rows of a version are those whose version range covers it. */
@ApplicationScoped
public class DatasetRecordRepository implements PanacheRepositoryBase<DatasetRecord, Long> {

    private static final int STREAM_FETCH_SIZE = 1000;
    private static final String IN_VERSION = "r.datasetId = :dataset and r.firstVersion <= :version"
            + " and (r.lastVersion is null or r.lastVersion >= :version)";

    /** One page of a version's records matching the filter, plus one row. */
    public List<DatasetRecord> page(String datasetId, int version, RecordFilter filter,
            PageRequest<DatasetRecord> page) {
        List<String> where = new ArrayList<>(List.of(IN_VERSION));
        Parameters params = Parameters.with("dataset", datasetId).and("version", version);
        restrict(filter, where, params);
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from DatasetRecord r", "r", where, params, page), params)
                .range(0, page.limit()).list();
    }

    /**
     * Records of a version matching the filter by position (for clients that page by offset, such as CKAN's
     * {@code datastore_search}), in the given order, and how many match in all.
     */
    public List<DatasetRecord> slice(String datasetId, int version, RecordFilter filter,
            Sort.Order<DatasetRecord> order, int offset, int limit) {
        List<String> where = new ArrayList<>(List.of(IN_VERSION));
        Parameters params = Parameters.with("dataset", datasetId).and("version", version);
        restrict(filter, where, params);
        String field = "r." + order.field().path() + (order.descending() ? " desc" : " asc");
        return find("from DatasetRecord r where " + String.join(" and ", where) + " order by " + field
                + ", r.sortKey asc", params).range(offset, offset + limit - 1).list();
    }

    /** How many records of a version match the filter. */
    public long count(String datasetId, int version, RecordFilter filter) {
        List<String> where = new ArrayList<>(List.of(IN_VERSION));
        Parameters params = Parameters.with("dataset", datasetId).and("version", version);
        restrict(filter, where, params);
        return count("from DatasetRecord r where " + String.join(" and ", where), params);
    }

    /** Hands every record of a version to {@code consumer} in key order, in constant memory. Needs a transaction. */
    public void forEachInVersion(String datasetId, int version, Consumer<DatasetRecord> consumer) {
        EntityManager em = getEntityManager();
        TypedQuery<DatasetRecord> query = em.createQuery("from DatasetRecord r where " + IN_VERSION
                        + " order by r.sortKey", DatasetRecord.class)
                .setParameter("dataset", datasetId).setParameter("version", version)
                .setHint(HibernateHints.HINT_FETCH_SIZE, STREAM_FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        try (Stream<DatasetRecord> rows = query.getResultStream()) {
            rows.forEach(r -> {
                consumer.accept(r);
                em.detach(r);
            });
        }
    }

    /**
     * Records in version {@code to} but not in {@code from} ({@code entering}) or the reverse, with a sort key after
     * {@code after} (null for the start), in key order, at most {@code limit}.
     */
    public List<DatasetRecord> changed(String datasetId, int from, int to, boolean entering, String after, int limit) {
        String side = entering
                ? "r.firstVersion > :from and r.firstVersion <= :to and (r.lastVersion is null or r.lastVersion >= :to)"
                : "r.firstVersion <= :from and r.lastVersion >= :from and r.lastVersion < :to";
        Parameters params = Parameters.with("dataset", datasetId).and("from", from).and("to", to);
        String query = "from DatasetRecord r where r.datasetId = :dataset and " + side;
        if (after != null) {
            query += " and r.sortKey > :after";
            params.and("after", after);
        }
        return find(query + " order by r.sortKey", params).range(0, limit - 1).list();
    }

    /** Number of stored rows of a dataset, over all its versions. */
    public long stored(String datasetId) {
        return count("datasetId", datasetId);
    }

    private static void restrict(RecordFilter filter, List<String> where, Parameters params) {
        int n = 0;
        for (RecordFilter.Condition c : filter.conditions()) {
            String slot = String.format("r.%s%02d", c.numeric() ? "n" : "s", c.slot());
            String p = "f" + n++;
            switch (c.kind()) {
                case IN -> {
                    where.add(slot + " in :" + p);
                    params.and(p, c.numeric() ? c.numbers() : c.texts());
                }
                case MIN -> {
                    where.add(slot + " >= :" + p);
                    params.and(p, c.numeric() ? new BigDecimal(c.bound()) : c.bound());
                }
                case MAX -> {
                    where.add(slot + " <= :" + p);
                    params.and(p, c.numeric() ? new BigDecimal(c.bound()) : c.bound());
                }
                default -> throw new IllegalStateException("unknown condition " + c.kind());
            }
        }
        for (String word : filter.words()) {
            String p = "w" + n++;
            where.add("r.searchText like :" + p);
            params.and(p, "%" + word + "%");
        }
    }
}
