package id.banyuwangi.opendata.dataset.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/**
 * Migration V6 on a database of schema version 5: a dataset's records and a ready draft's staged rows move from the
 * slot tables into the dataset's typed tables with the same canonical texts, and the slot tables are gone.
 */
class SlotTableMigrationTest {

    private static final String SCHEMA = """
            {"fields":[{"name":"village_code","type":"string","constraints":{"required":true}},
            {"name":"stalls","type":"integer"},{"name":"share","type":"number"},{"name":"opened","type":"date"},
            {"name":"area","type":"geojson"}],"primaryKey":["village_code"]}""";

    @Test
    void recordsAndStagedRowsMoveToTypedTablesWithTheirExactTexts() throws Exception {
        String url = "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        // A pool, as the service has: with a new connection for each use, H2 2.4.240 failed check constraints
        // with "the database has been closed".
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        Flyway.configure().dataSource(pool).target("5").load().migrate();
        try (Connection c = pool.getConnection()) {
            execute(c, "INSERT INTO organization (id, name, name_en) VALUES ('o', 'O', 'O')");
            execute(c, "INSERT INTO dataset (id, organization_id, title_id, title_en, description_id, description_en,"
                    + " contact_name, license_id, license_title, license_url, sources, keywords, themes, spatial,"
                    + " update_frequency, created, modified, table_schema, search_text) VALUES ('pasar-desa', 'o',"
                    + " 't', 't', 'd', 'd', 'c', 'CC-BY-4.0', 'l', 'u', '', '', '', '', 'annual', CURRENT_TIMESTAMP,"
                    + " CURRENT_TIMESTAMP, ?, '')", SCHEMA);
            execute(c, "INSERT INTO dataset_draft (id, dataset_id, status, notes_id, notes_en, created_at, created_by,"
                    + " row_count, added_count, changed_count, removed_count, csv_bytes, json_bytes, ndjson_bytes)"
                    + " VALUES ('draft-1', 'pasar-desa', ?, 'n', 'n', CURRENT_TIMESTAMP, 'k', 1, 1, 0, 0, 1, 1, 1)",
                    "ready");
            // the same key in versions 1 (closed) and 2, as publishing leaves it
            execute(c, "INSERT INTO dataset_record (dataset_id, record_key, sort_key, first_version, last_version,"
                    + " geometry, search_text, s01, s02, n02, s03, n03, s04) VALUES ('pasar-desa', '35.10.01.2001',"
                    + " '33352e31302e30312e32303031', 1, 1, NULL, 'x', '35.10.01.2001', '12', 12, '0.50', 0.5,"
                    + " '2019-05-01')");
            execute(c, "INSERT INTO dataset_record (dataset_id, record_key, sort_key, first_version, last_version,"
                    + " geometry, search_text, s01, s02, n02, s03, n03, s04) VALUES ('pasar-desa', '35.10.01.2001',"
                    + " '33352e31302e30312e32303031', 2, NULL, '{\"type\":\"Point\",\"coordinates\":[114.1,-8.2]}',"
                    + " 'x', '35.10.01.2001', '', NULL, '12.500', 12.5, '')");
            execute(c, "INSERT INTO draft_record (draft_id, row_number, record_key, sort_key, search_text, s01, s02)"
                    + " VALUES ('draft-1', 1, '35.10.01.2002', '33352e31302e30312e32303032', 'x', '35.10.01.2002',"
                    + " '7')");
        }

        Flyway.configure().dataSource(pool).load().migrate();

        try (Connection c = pool.getConnection()) {
            String name = single(c, "SELECT record_table FROM dataset WHERE id = 'pasar-desa'");
            TableSchema schema = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .readValue(SCHEMA, TableSchema.class);
            RecordTable table = RecordTable.of(name, schema);
            assertEquals(List.of("1 1 35.10.01.2001|12|0.50|2019-05-01|null|35 10 01 2001 12 0 50 2019 05 01",
                    "2 null 35.10.01.2001||12.500||{\"type\":\"Point\",\"coordinates\":[114.1,-8.2]}"
                            + "|35 10 01 2001 12 500"), rows(c, "SELECT first_version, last_version, "
                    + table.valueColumns("") + " FROM " + table.records() + " ORDER BY first_version", table, 3));
            assertEquals(List.of("draft-1 1 35.10.01.2002|7|||null|35 10 01 2002 7"), rows(c,
                    "SELECT draft_id, row_number, " + table.valueColumns("") + " FROM " + table.staged(), table, 3));
            try (ResultSet tables = c.getMetaData().getTables(null, null, "DATASET_RECORD", null)) {
                assertFalse(tables.next(), "the slot table is still there");
            }
        } finally {
            pool.dispose();
        }
    }

    /** Each row as its two leading columns, then the record's values, geometry and search text. */
    private static List<String> rows(Connection c, String sql, RecordTable table, int first) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                DatasetRecord r = table.read(rs, first);
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= table.schema().columns().size(); i++) {
                    values.add(r.text(i));
                }
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + String.join("|", values) + "|"
                        + r.geometry + "|" + r.searchText);
            }
        }
        return rows;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement query = c.prepareStatement(sql); ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void execute(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }
}
