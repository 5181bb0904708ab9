package id.banyuwangi.opendata.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * The staged rows of drafts ({@code draft_record}) and the set operations that compare them with, and publish them
 * into, a dataset's records. Written in JDBC because these statements move up to millions of rows: batched
 * inserts, and set-based {@code INSERT ... SELECT} / {@code UPDATE} instead of one entity per row. Every value is
 * a bound parameter. Runs in the caller's transaction.
 */
@ApplicationScoped
public class DraftRecordRepository {

    /** A staged row: its 1-based position in the upload and its checked record. */
    public record StagedRow(long rowNumber, DatasetRecord record) {
    }

    /** How a draft's keys and values compare with the latest version's. */
    public record Comparison(long sameKey, long unchanged, long current) {
    }

    private static final int FETCH_SIZE = 1000;
    private static final String POSTGRESQL = "PostgreSQL";
    private static final String SLOTS = slots("");
    private static final String COLUMNS = "record_key, sort_key, geometry, search_text, " + SLOTS;

    private final EntityManager em;

    public DraftRecordRepository(EntityManager em) {
        this.em = em;
    }

    /** Stages rows of a draft. */
    public void insert(String draftId, List<StagedRow> rows) {
        work(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO draft_record (draft_id,"
                    + " row_number, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?" + ", ?, ?".repeat(DatasetRecord.SLOTS)
                    + ")")) {
                for (StagedRow row : rows) {
                    DatasetRecord r = row.record();
                    int p = 1;
                    insert.setString(p++, draftId);
                    insert.setLong(p++, row.rowNumber());
                    insert.setString(p++, r.recordKey);
                    insert.setString(p++, r.sortKey);
                    insert.setString(p++, r.geometry);
                    insert.setString(p++, r.searchText);
                    for (int slot = 1; slot <= DatasetRecord.SLOTS; slot++) {
                        insert.setString(p++, r.text(slot));
                        if (r.number(slot) == null) {
                            insert.setNull(p++, Types.NUMERIC);
                        } else {
                            insert.setBigDecimal(p++, r.number(slot));
                        }
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * Hands every staged row of a draft to {@code consumer}, in key order and, within a repeated key, in upload
     * order, and compares the rows with the latest version of the dataset (the records no version has closed) as
     * it goes: both are read in key order side by side, so the comparison is one pass in constant memory whatever
     * the sizes, with no join plan for the database to get wrong.
     */
    public Comparison walk(String draftId, String datasetId, Consumer<StagedRow> consumer) {
        return work(connection -> {
            try (PreparedStatement draft = connection.prepareStatement("SELECT " + COLUMNS
                    + ", row_number FROM draft_record WHERE draft_id = ? ORDER BY sort_key, row_number");
                    PreparedStatement latest = connection.prepareStatement("SELECT " + COLUMNS
                            + " FROM dataset_record WHERE dataset_id = ? AND last_version IS NULL ORDER BY sort_key")) {
                draft.setString(1, draftId);
                draft.setFetchSize(FETCH_SIZE);
                latest.setString(1, datasetId);
                latest.setFetchSize(FETCH_SIZE);
                long sameKey = 0;
                long unchanged = 0;
                long current = 0;
                try (ResultSet rows = draft.executeQuery(); ResultSet currents = latest.executeQuery()) {
                    DatasetRecord next = currents.next() ? record(currents) : null;
                    String previousKey = null;
                    while (rows.next()) {
                        DatasetRecord row = record(rows);
                        consumer.accept(new StagedRow(rows.getLong(5 + 2 * DatasetRecord.SLOTS), row));
                        if (row.sortKey.equals(previousKey)) {
                            continue;
                        }
                        previousKey = row.sortKey;
                        while (next != null && next.sortKey.compareTo(row.sortKey) < 0) {
                            current++;
                            next = currents.next() ? record(currents) : null;
                        }
                        if (next != null && next.sortKey.equals(row.sortKey)) {
                            sameKey++;
                            unchanged += same(next, row) ? 1 : 0;
                            current++;
                            next = currents.next() ? record(currents) : null;
                        }
                    }
                    while (next != null) {
                        current++;
                        next = currents.next() ? record(currents) : null;
                    }
                }
                return new Comparison(sameKey, unchanged, current);
            }
        });
    }

    /**
     * Makes a draft version {@code version} of its dataset: closes the latest records that the draft changes or
     * drops (they end at {@code version - 1}) and adds the draft's rows that are new or changed. Unchanged records
     * simply stay open, so storage grows with what changed. Consumes the staged rows it does not add.
     */
    public void publish(String draftId, String datasetId, int version) {
        work(connection -> {
            if (connection.getMetaData().getDatabaseProductName().equals(POSTGRESQL)) {
                // Freshly staged rows have no statistics yet, and without them PostgreSQL may plan the statements
                // below as a scan per row (measured: minutes instead of seconds for a million rows).
                try (PreparedStatement analyze = connection.prepareStatement("ANALYZE draft_record, dataset_record")) {
                    analyze.execute();
                }
            }
            try (PreparedStatement close = connection.prepareStatement("UPDATE dataset_record SET last_version = ?"
                    + " WHERE dataset_id = ? AND last_version IS NULL AND NOT EXISTS (SELECT 1 FROM draft_record d"
                    + " WHERE d.draft_id = ? AND d.sort_key = dataset_record.sort_key AND "
                    + same("d", "dataset_record") + ")")) {
                close.setInt(1, version - 1);
                close.setString(2, datasetId);
                close.setString(3, draftId);
                close.executeUpdate();
            }
            // The records still open now are those the draft leaves unchanged: drop their staged copies, then add
            // what is left. (An INSERT that checks the table it inserts into can be planned as a scan per row.)
            try (PreparedStatement unchanged = connection.prepareStatement("DELETE FROM draft_record WHERE"
                    + " draft_id = ? AND EXISTS (SELECT 1 FROM dataset_record r WHERE r.dataset_id = ?"
                    + " AND r.sort_key = draft_record.sort_key AND r.last_version IS NULL)")) {
                unchanged.setString(1, draftId);
                unchanged.setString(2, datasetId);
                unchanged.executeUpdate();
            }
            try (PreparedStatement add = connection.prepareStatement("INSERT INTO dataset_record (dataset_id,"
                    + " first_version, " + COLUMNS + ") SELECT ?, ?, " + slotsOf("d") + " FROM draft_record d"
                    + " WHERE d.draft_id = ?")) {
                add.setString(1, datasetId);
                add.setInt(2, version);
                add.setString(3, draftId);
                add.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the staged rows of a draft. */
    public void delete(String draftId) {
        work(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM draft_record WHERE draft_id = ?")) {
                delete.setString(1, draftId);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static boolean same(DatasetRecord a, DatasetRecord b) {
        for (int slot = 1; slot <= DatasetRecord.SLOTS; slot++) {
            if (!a.text(slot).equals(b.text(slot))) {
                return false;
            }
        }
        return Objects.equals(a.geometry, b.geometry);
    }

    private static DatasetRecord record(ResultSet rs) throws SQLException {
        DatasetRecord r = new DatasetRecord();
        r.recordKey = rs.getString(1);
        r.sortKey = rs.getString(2);
        r.geometry = rs.getString(3);
        r.searchText = rs.getString(4);
        for (int slot = 1; slot <= DatasetRecord.SLOTS; slot++) {
            r.text(slot, rs.getString(3 + 2 * slot));
            r.number(slot, rs.getBigDecimal(4 + 2 * slot));
        }
        return r;
    }

    /** The condition that rows {@code a} and {@code b} hold the same values and geometry. */
    private static String same(String a, String b) {
        StringJoiner same = new StringJoiner(" AND ");
        for (int slot = 1; slot <= DatasetRecord.SLOTS; slot++) {
            same.add(String.format("%s.s%02d = %s.s%02d", a, slot, b, slot));
        }
        same.add("(" + a + ".geometry = " + b + ".geometry OR (" + a + ".geometry IS NULL AND " + b
                + ".geometry IS NULL))");
        return "(" + same + ")";
    }

    private static String slotsOf(String alias) {
        return alias + ".record_key, " + alias + ".sort_key, " + alias + ".geometry, " + alias + ".search_text, "
                + slots(alias + ".");
    }

    private static String slots(String prefix) {
        StringJoiner columns = new StringJoiner(", ");
        for (int slot = 1; slot <= DatasetRecord.SLOTS; slot++) {
            columns.add(String.format("%ss%02d", prefix, slot)).add(String.format("%sn%02d", prefix, slot));
        }
        return columns.toString();
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T work(Work<T> work) {
        em.flush();
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
