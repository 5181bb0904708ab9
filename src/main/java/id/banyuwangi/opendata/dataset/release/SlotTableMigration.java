package id.banyuwangi.opendata.dataset.release;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import id.banyuwangi.opendata.common.persistence.Jdbc;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-time move from the shared table of sixteen text slots ({@code dataset_record}, {@code draft_record}) to a
 * records table and a staging table per dataset ({@link RecordTable}), run by Flyway migration V6. Slot {@code i}
 * held the text of the schema's {@code i}-th column, which is the canonical text the typed columns give back, so
 * every published version keeps its bytes and SHA-256. Staged rows of ready drafts move with their dataset.
 */
public final class SlotTableMigration {

    private static final int SLOTS = 16;
    private static final int BATCH = 1000;
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SlotTableMigration() {
    }

    /** Moves every dataset's records and staged rows, then drops the slot tables. */
    public static void migrate(Connection connection) throws SQLException, IOException {
        SqlDialect dialect = SqlDialect.of(connection);
        Jdbc.execute(connection, List.of("ALTER TABLE dataset ADD COLUMN record_table VARCHAR(60)"));
        Map<String, String> schemas = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, table_schema FROM dataset ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                schemas.put(rows.getString(1), rows.getString(2));
            }
        }
        for (Map.Entry<String, String> dataset : schemas.entrySet()) {
            TableSchema schema = JSON.readValue(dataset.getValue(), TableSchema.class);
            RecordTable table = RecordTable.of(RecordTable.newName(dataset.getKey()), schema);
            Jdbc.execute(connection, table.create(dialect));
            moveRecords(connection, dataset.getKey(), table);
            moveStaged(connection, dataset.getKey(), table);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE dataset SET record_table = ? WHERE id = ?")) {
                update.setString(1, table.name());
                update.setString(2, dataset.getKey());
                update.executeUpdate();
            }
        }
        Jdbc.execute(connection, List.of("ALTER TABLE dataset ALTER COLUMN record_table SET NOT NULL",
                "DROP TABLE draft_record", "DROP TABLE dataset_record"));
    }

    /** The records of a dataset: their version range, then key, sort key, geometry and slots. */
    private static void moveRecords(Connection connection, String datasetId, RecordTable table) throws SQLException {
        move(connection, "SELECT first_version, last_version, record_key, sort_key, geometry, " + slots()
                + " FROM dataset_record WHERE dataset_id = ? ORDER BY id", table.insertRecord(), datasetId, table);
    }

    /** The staged rows of a dataset's drafts: their draft and row number, then key, sort key, geometry, slots. */
    private static void moveStaged(Connection connection, String datasetId, RecordTable table) throws SQLException {
        move(connection, "SELECT d.draft_id, d.row_number, d.record_key, d.sort_key, d.geometry, " + slots()
                + " FROM draft_record d JOIN dataset_draft f ON f.id = d.draft_id WHERE f.dataset_id = ?"
                + " ORDER BY d.draft_id, d.row_number", table.insertStaged(), datasetId, table);
    }

    /**
     * Inserts with {@code insert} every row {@code select} finds for the dataset: its first two columns as they are
     * (they take the first two parameters of both inserts), then the record the other columns hold.
     */
    private static void move(Connection connection, String select, String insert, String datasetId,
            RecordTable table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(select);
                PreparedStatement rowInsert = connection.prepareStatement(insert)) {
            query.setString(1, datasetId);
            try (ResultSet rows = query.executeQuery()) {
                int pending = 0;
                while (rows.next()) {
                    rowInsert.setObject(1, rows.getObject(1));
                    rowInsert.setObject(2, rows.getObject(2), rows.getMetaData().getColumnType(2));
                    table.bind(rowInsert, 3, record(rows, 3, table));
                    rowInsert.addBatch();
                    pending = flush(rowInsert, pending + 1);
                }
                rowInsert.executeBatch();
            }
        }
    }

    private static int flush(PreparedStatement insert, int pending) throws SQLException {
        if (pending < BATCH) {
            return pending;
        }
        insert.executeBatch();
        return 0;
    }

    /** The record whose key, sort key, geometry and slots start at result column {@code first}. */
    private static DatasetRecord record(ResultSet rows, int first, RecordTable table) throws SQLException {
        int columns = table.schema().columns().size();
        String[] texts = new String[columns];
        for (int i = 0; i < columns; i++) {
            texts[i] = rows.getString(first + 3 + i);
        }
        return new DatasetRecord(rows.getString(first), rows.getString(first + 1), rows.getString(first + 2),
                RowChecker.searchText(texts), texts);
    }

    private static String slots() {
        List<String> slots = new ArrayList<>();
        for (int slot = 1; slot <= SLOTS; slot++) {
            slots.add(String.format("s%02d", slot));
        }
        return String.join(", ", slots);
    }
}
