package id.banyuwangi.opendata.dataset.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rows checked against a Table Schema: canonical values, keys, foreign keys and the problems reported. */
class RowCheckerTest {

    private static final Set<String> REGIONS = Set.of("35.10.01.2001", "35.10.01.2002");
    private static final Set<String> SERVICES = Set.of("e_ktp");

    private static final TableSchema SCHEMA = new TableSchema(List.of(
            TableSchema.Field.of("village_code", "string"),
            TableSchema.Field.of("service_code", "string"),
            TableSchema.Field.of("requests", "integer"),
            TableSchema.Field.of("note", "string")),
            List.of("village_code", "service_code"),
            List.of(new TableSchema.ForeignKey("village_code", new TableSchema.Reference(TableSchema.REGIONS, "code")),
                    new TableSchema.ForeignKey("service_code", new TableSchema.Reference("services", "code"))));

    private final RowChecker checker = new RowChecker(SCHEMA, (reference, value) ->
            (TableSchema.REGIONS.equals(reference.resource()) ? REGIONS : SERVICES).contains(value),
            new ObjectMapper());

    private static Map<String, String> row(String village, String service, String requests) {
        Map<String, String> values = new HashMap<>();
        values.put("village_code", village);
        values.put("service_code", service);
        values.put("requests", requests);
        return values;
    }

    @Test
    void aValidRowBecomesARecordWithItsKeyAndCanonicalValues() {
        InvalidRowsException.Collector errors = new InvalidRowsException.Collector();
        DatasetRecord record = checker.check(1, row("35.10.01.2001", " e_ktp ", "042"), null, errors);
        assertNotNull(record);
        assertEquals("35.10.01.2001|e_ktp", record.recordKey);
        assertEquals(RowChecker.sortKey("35.10.01.2001|e_ktp"), record.sortKey);
        assertEquals("42", record.text(3));
        assertEquals("", record.text(4));
    }

    @Test
    void eachBrokenFieldIsReportedWithItsRow() {
        InvalidRowsException.Collector errors = new InvalidRowsException.Collector();
        assertNull(checker.check(7, row("35.10.99.2999", "no_such", "1.5"), null, errors));
        InvalidRowsException problems = errors.exception();
        assertEquals(3, problems.total());
        assertEquals(List.of("village_code", "service_code", "requests"),
                problems.errors().stream().map(InvalidRowsException.RowError::field).toList());
        assertEquals(List.of(7L, 7L, 7L), problems.errors().stream().map(InvalidRowsException.RowError::row).toList());
        assertEquals("'35.10.99.2999' is not a Kemendagri code of the region register",
                problems.errors().get(0).problem());
        assertEquals("'no_such' is not a code of the latest version of dataset services",
                problems.errors().get(1).problem());
    }

    @Test
    void aKeyLongerThanTheStorageHoldsIsRefused() {
        InvalidRowsException.Collector errors = new InvalidRowsException.Collector();
        Map<String, String> values = row("35.10.01.2002", "e_ktp", "1");
        values.put("note", "x".repeat(10));
        assertNotNull(checker.check(1, values, null, errors));
        TableSchema wide = new TableSchema(List.of(TableSchema.Field.of("name", "string")), List.of("name"), null);
        RowChecker wideChecker = new RowChecker(wide, (reference, value) -> true, new ObjectMapper());
        assertNull(wideChecker.check(2, Map.of("name", "é".repeat(RowChecker.MAX_KEY_BYTES)), null, errors));
        assertEquals(1, errors.exception().total());
        assertEquals("the key is longer than " + RowChecker.MAX_KEY_BYTES + " bytes",
                errors.exception().errors().get(0).problem());
    }
}
