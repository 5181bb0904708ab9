package id.banyuwangi.opendata.dataset.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.testing.Schemas;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The per-dataset tables: their names, identifiers and statements for any schema and either database. */
class RecordTableTest {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern SAFE_IDENTIFIER = Pattern.compile("[a-z0-9_]{1,63}");

    @Test
    void aNewNameIsTheSlugCutTo40CharactersAndARandomSuffix() {
        String name = RecordTable.newName("smart-kampung-facts");
        assertTrue(name.matches("smart_kampung_facts_[0-9a-f]{8}"), name);
        String longName = RecordTable.newName("a".repeat(80));
        assertEquals(40 + 1 + 8, longName.length());
        assertFalse(RecordTable.newName("idm").equals(RecordTable.newName("idm")), "two creations share a name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "idm\"; DROP TABLE dataset; --", "Idm", "idm-1", "a b",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void aStoredNameThatIsNotSafeIsRefused(String name) {
        assertThrows(IllegalArgumentException.class, () -> RecordTable.of(name, Schemas.wide(2)));
        assertThrows(IllegalArgumentException.class, () -> RecordTable.drop(name));
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void everyIdentifierOfEveryStatementIsQuotedSafeAndWithinPostgresqlsLimit(SqlDialect dialect) {
        RecordTable table = RecordTable.of(RecordTable.newName("x".repeat(80)), Schemas.wide(300));
        List<String> statements = new ArrayList<>(table.create(dialect));
        statements.addAll(RecordTable.drop(table.name()));
        statements.addAll(List.of(table.insertRecord(), table.insertStaged(), table.copyStaged(),
                table.sameContent("a", "b"), table.valueColumns("d.")));
        int identifiers = 0;
        for (String sql : statements) {
            Matcher m = QUOTED.matcher(sql);
            while (m.find()) {
                identifiers++;
                String identifier = m.group(1);
                assertTrue(SAFE_IDENTIFIER.matcher(identifier).matches()
                        && identifier.getBytes(StandardCharsets.UTF_8).length <= 63, identifier);
            }
        }
        // 300 typed columns, 43 exact texts of number fields, tables, indexes and constraints
        assertTrue(identifiers > 2 * 300, "only " + identifiers + " identifiers");
    }

    @Test
    void aNumberFieldKeepsItsExactTextBesideItsValueAndOnlyChosenFieldsAreIndexed() {
        TableSchema schema = new TableSchema(List.of(TableSchema.Field.of("code", "string"),
                TableSchema.Field.of("score", "number"), TableSchema.Field.of("district_code", "string"),
                TableSchema.Field.of("note", "string"),
                new TableSchema.Field("period", "year", null, null, null, null, null, false)),
                List.of("code"), null);
        List<String> ddl = RecordTable.of("t_00000000", schema).create(SqlDialect.H2);
        String create = ddl.get(0);
        assertTrue(create.contains("\"f_score\" DECFLOAT") && create.contains("\"x_score\" CHARACTER VARYING"),
                create);
        assertEquals(List.of("rec_t_00000000_i3"), ddl.stream().filter(s -> s.matches("(?s)CREATE INDEX \"[a-z0-9_]+_i[0-9]+\".*"))
                .map(s -> s.replaceAll("CREATE INDEX \"([^\"]+)\".*", "$1")).toList());
        assertTrue(RecordTable.of("t_00000000", schema).create(SqlDialect.POSTGRESQL).stream()
                .anyMatch(s -> s.contains("USING GIN (to_tsvector('simple', search_text))")));
    }

    @Test
    void aStagedRowIsCopiedAsCsvWithNullsUnquotedAndValuesQuoted() {
        TableSchema schema = new TableSchema(List.of(TableSchema.Field.of("code", "string"),
                TableSchema.Field.of("score", "number"), TableSchema.Field.of("note", "string")), List.of("code"),
                null);
        RecordTable table = RecordTable.of("t_00000000", schema);
        StringBuilder out = new StringBuilder();
        table.copyRow(out, "d1", 7, new DatasetRecord("a\"b", "61", null, "a b", new String[] {"a\"b", "12.50", ""}));
        assertEquals("d1,7,\"a\"\"b\",\"61\",,\"a b\",\"a\"\"b\",\"12.50\",\"12.50\",\n", out.toString());
    }

    @Test
    void aFieldThatBecomesFilterableGetsItsIndexAndOneThatStopsLosesIt() {
        TableSchema before = new TableSchema(List.of(TableSchema.Field.of("code", "string"),
                TableSchema.Field.of("stalls", "integer"), TableSchema.Field.of("opened", "date")), List.of("code"),
                null);
        TableSchema after = new TableSchema(List.of(TableSchema.Field.of("code", "string"),
                new TableSchema.Field("stalls", "integer", null, null, null, null, null, true),
                new TableSchema.Field("opened", "date", null, null, null, null, null, false)), List.of("code"), null);
        assertEquals(List.of("CREATE INDEX \"rec_t_00000000_i2\" ON \"rec_t_00000000\" (\"f_stalls\", sort_key)",
                "DROP INDEX \"rec_t_00000000_i3\""), RecordTable.of("t_00000000", before).reindex(after));
        assertEquals(List.of(), RecordTable.of("t_00000000", after).reindex(after));
    }
}
