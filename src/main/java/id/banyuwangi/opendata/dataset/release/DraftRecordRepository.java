package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.persistence.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.postgresql.PGConnection;

/**
 * The staged rows of drafts (a dataset's staging table) and the set operations that compare them with, and publish
 * them into, its records table. Staging goes through PostgreSQL's {@code COPY} (batched inserts on H2), and
 * publishing is set-based ({@code INSERT ... SELECT}, {@code UPDATE}) inside the database, because these move up
 * to millions of rows. Every value is bound or copied as data. Runs in the caller's transaction.
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

    private final EntityManager em;

    public DraftRecordRepository(EntityManager em) {
        this.em = em;
    }

    /** Stages rows of a draft. */
    public void insert(RecordTable table, String draftId, List<StagedRow> rows) {
        Jdbc.work(em, connection -> {
            if (SqlDialect.of(connection) == SqlDialect.POSTGRESQL) {
                StringBuilder csv = new StringBuilder();
                rows.forEach(row -> table.copyRow(csv, draftId, row.rowNumber(), row.record()));
                try {
                    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copyStaged(),
                            new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            }
            try (PreparedStatement insert = connection.prepareStatement(table.insertStaged())) {
                for (StagedRow row : rows) {
                    insert.setString(1, draftId);
                    insert.setLong(2, row.rowNumber());
                    table.bind(insert, 3, row.record());
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
    public Comparison walk(RecordTable table, String draftId, Consumer<StagedRow> consumer) {
        return Jdbc.work(em, connection -> {
            try (PreparedStatement draft = connection.prepareStatement("SELECT " + table.valueColumns("")
                    + ", row_number FROM " + table.staged() + " WHERE draft_id = ? ORDER BY sort_key, row_number");
                    PreparedStatement latest = connection.prepareStatement("SELECT " + table.valueColumns("")
                            + " FROM " + table.records() + " WHERE last_version IS NULL ORDER BY sort_key")) {
                draft.setString(1, draftId);
                draft.setFetchSize(FETCH_SIZE);
                latest.setFetchSize(FETCH_SIZE);
                long sameKey = 0;
                long unchanged = 0;
                long current = 0;
                try (ResultSet rows = draft.executeQuery(); ResultSet currents = latest.executeQuery()) {
                    DatasetRecord next = currents.next() ? table.read(currents, 1) : null;
                    String previousKey = null;
                    while (rows.next()) {
                        DatasetRecord row = table.read(rows, 1);
                        consumer.accept(new StagedRow(rows.getLong(table.width() + 1), row));
                        if (row.sortKey.equals(previousKey)) {
                            continue;
                        }
                        previousKey = row.sortKey;
                        while (next != null && next.sortKey.compareTo(row.sortKey) < 0) {
                            current++;
                            next = currents.next() ? table.read(currents, 1) : null;
                        }
                        if (next != null && next.sortKey.equals(row.sortKey)) {
                            sameKey++;
                            unchanged += next.sameContent(row) ? 1 : 0;
                            current++;
                            next = currents.next() ? table.read(currents, 1) : null;
                        }
                    }
                    while (next != null) {
                        current++;
                        next = currents.next() ? table.read(currents, 1) : null;
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
    public void publish(RecordTable table, String draftId, int version) {
        Jdbc.work(em, connection -> {
            SqlDialect dialect = SqlDialect.of(connection);
            if (dialect == SqlDialect.POSTGRESQL) {
                // Freshly staged rows have no statistics yet, and without them PostgreSQL may plan the statements
                // below as a scan per row (measured: minutes instead of seconds for a million rows).
                try (PreparedStatement analyze = connection.prepareStatement("ANALYZE " + table.staged() + ", "
                        + table.records())) {
                    analyze.execute();
                }
            }
            try (PreparedStatement close = connection.prepareStatement("UPDATE " + table.records() + " r SET"
                    + " last_version = ? WHERE r.last_version IS NULL AND NOT EXISTS (SELECT 1 FROM "
                    + table.staged() + " d WHERE d.draft_id = ? AND d.sort_key = r.sort_key AND "
                    + table.sameContent("d", "r") + ")")) {
                close.setInt(1, version - 1);
                close.setString(2, draftId);
                close.executeUpdate();
            }
            // The records still open now are those the draft leaves unchanged: drop their staged copies, then add
            // what is left. (An INSERT that checks the table it inserts into can be planned as a scan per row.) H2
            // would look each staged key up through the index of open records, a scan of all of them per row
            // (measured: 113,400 rows over 1,890 open records, 80 s); an open test it cannot index makes it use the
            // key's.
            String open = dialect == SqlDialect.H2 ? "COALESCE(r.last_version, -1) = -1" : "r.last_version IS NULL";
            try (PreparedStatement unchanged = connection.prepareStatement("DELETE FROM " + table.staged() + " d"
                    + " WHERE d.draft_id = ? AND EXISTS (SELECT 1 FROM " + table.records() + " r"
                    + " WHERE r.sort_key = d.sort_key AND " + open + ")")) {
                unchanged.setString(1, draftId);
                unchanged.executeUpdate();
            }
            // Into an empty table, PostgreSQL builds the indexes once from sorted rows about twice as fast as it
            // updates them row by row (measured on a million rows: 45 s against 22 s); its DDL is transactional, and
            // no reader waits on a dataset without versions. (H2 commits on DDL, so there the indexes stay.)
            boolean rebuild = dialect == SqlDialect.POSTGRESQL && empty(connection, table);
            if (rebuild) {
                Jdbc.execute(connection, table.dropIndexes(dialect));
            }
            try (PreparedStatement add = connection.prepareStatement("INSERT INTO " + table.records()
                    + " (first_version, " + table.valueColumns("") + ") SELECT ?, " + table.valueColumns("d.")
                    + " FROM " + table.staged() + " d WHERE d.draft_id = ?")) {
                add.setInt(1, version);
                add.setString(2, draftId);
                add.executeUpdate();
            }
            if (rebuild) {
                Jdbc.execute(connection, table.indexes(dialect));
                Jdbc.execute(connection, List.of("ANALYZE " + table.records()));
            }
            return null;
        });
    }

    private static boolean empty(Connection connection, RecordTable table) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement("SELECT 1 FROM " + table.records() + " LIMIT 1");
                ResultSet rows = any.executeQuery()) {
            return !rows.next();
        }
    }

    /** Removes the staged rows of a draft. */
    public void delete(RecordTable table, String draftId) {
        Jdbc.work(em, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table.staged()
                    + " WHERE draft_id = ?")) {
                delete.setString(1, draftId);
                delete.executeUpdate();
            }
            return null;
        });
    }
}
