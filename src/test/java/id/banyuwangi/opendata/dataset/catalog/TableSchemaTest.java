package id.banyuwangi.opendata.dataset.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.Schemas;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Table Schemas: which are usable, and the canonical text of each type's values. */
class TableSchemaTest {

    @ParameterizedTest
    @CsvSource({"integer, ' 042 ', 42", "number, 12.50, 12.50", "number, 1e3, 1e3", "boolean, TRUE, true",
        "boolean, 0, false", "date, 2024-02-29, 2024-02-29", "year, 2024, 2024",
        "datetime, 2024-05-01T10:00:00+07:00, 2024-05-01T03:00:00Z",
        "datetime, 2024-05-01T10:00:00.123456Z, 2024-05-01T10:00:00.123456Z", "string, ' a b ', a b"})
    void valuesHaveOneCanonicalText(String type, String value, String canonical) {
        assertEquals(canonical, TableSchema.canonical(TableSchema.Field.of("x", type), value));
    }

    @ParameterizedTest
    @CsvSource({"integer, 1.5", "integer, 99999999999999999999", "number, 1e99999", "number, NaN", "boolean, yes",
        "date, 2024-02-30", "date, +12024-01-01", "date, 0000-01-01", "year, 24", "datetime, 2024-05-01T10:00:00",
        "datetime, 2024-05-01T10:00:00.1234567Z"})
    void valuesThatBreakTheirTypeAreRefused(String type, String value) {
        assertThrows(IllegalArgumentException.class,
                () -> TableSchema.canonical(TableSchema.Field.of("x", type), value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Name", "na me", "f\"; DROP TABLE dataset; --", "1st", "über"})
    void fieldNamesThatCouldNotBeColumnsAreRefused(String name) {
        TableSchema schema = new TableSchema(List.of(TableSchema.Field.of(name, "string")), List.of(name), null);
        assertThrows(IllegalArgumentException.class, schema::check);
    }

    @Test
    void aSchemaMayHaveHundredsOfFieldsButNamesOfAtMost60Characters() {
        Schemas.wide(300).check();
        String name = "a".repeat(TableSchema.MAX_NAME + 1);
        assertThrows(IllegalArgumentException.class, () -> new TableSchema(
                List.of(TableSchema.Field.of(name, "string")), List.of(name), null).check());
    }

    @Test
    void keysCodesEnumsAndDatesAreIndexedUnlessTheSchemaSaysOtherwiseOrThePrimaryKeyServes() {
        TableSchema schema = new TableSchema(List.of(TableSchema.Field.of("id", "string"),
                TableSchema.Field.of("district_code", "string"), TableSchema.Field.of("opened", "date"),
                TableSchema.Field.of("note", "string"),
                new TableSchema.Field("stalls", "integer", null, null, null, null, null, true),
                new TableSchema.Field("closed", "date", null, null, null, null, null, false)),
                List.of("id"), null);
        List<String> indexed = schema.columns().stream().filter(schema::indexed).map(TableSchema.Field::name)
                .toList();
        assertEquals(List.of("district_code", "opened", "stalls"), indexed);
        assertFalse(schema.indexed(schema.column("note")));
        assertFalse(schema.indexed(schema.column("id")), "the primary key's index serves its first field");
        assertTrue(schema.column("stalls").ordered());
    }

    @Test
    void aPublishedSchemaMayChangeItsDocumentationAndIndexesOnly() {
        TableSchema schema = new TableSchema(List.of(TableSchema.Field.of("code", "string"),
                TableSchema.Field.of("score", "number")), List.of("code"), null);
        TableSchema documented = new TableSchema(List.of(TableSchema.Field.of("code", "string"),
                new TableSchema.Field("score", "number", "Score", "IDM score", "Skor IDM", "index", null, true)),
                List.of("code"), null);
        assertEquals(null, schema.storageChange(documented));
        assertEquals("field 2 ('score', number) would become 'score', integer", schema.storageChange(
                new TableSchema(List.of(TableSchema.Field.of("code", "string"), TableSchema.Field.of("score",
                        "integer")), List.of("code"), null)));
        assertEquals("it has 2 fields and the new one 1", schema.storageChange(
                new TableSchema(List.of(TableSchema.Field.of("code", "string")), List.of("code"), null)));
        assertEquals("the primary key would change from [code] to [code, score]", schema.storageChange(
                new TableSchema(schema.fields(), List.of("code", "score"), null)));
    }
}
