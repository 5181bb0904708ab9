package id.banyuwangi.opendata.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.paging.PageParameters;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Publishing a new version never changes the bytes of an earlier one, and stores only what changed. */
@QuarkusTest
class VersionImmutabilityTest {

    @Inject
    DatasetService datasets;

    @Inject
    DatasetPublisher publisher;

    @Inject
    DatasetRecordRepository records;

    @Test
    void earlierVersionsKeepTheirBytesAndStorageGrowsWithTheChangedRowsOnly() {
        // Rolled back at the end: the shared seed stays as it is for the other tests.
        QuarkusTransaction.begin();
        try {
            Dataset dataset = datasets.get("postal-codes");
            DatasetVersion v1 = datasets.version("postal-codes", VersionRef.parse("1"));
            byte[] before = csv(v1);
            long storedBefore = records.stored("postal-codes");
            List<DatasetPublisher.Row> rows = new ArrayList<>();
            records.current("postal-codes").stream()
                    .sorted((a, b) -> a.sortKey.compareTo(b.sortKey))
                    .forEach(r -> {
                        Map<String, String> values = new HashMap<>();
                        values.put("code", r.text(1));
                        values.put("name", r.text(2));
                        values.put("postal_code", r.text(1).equals("35.10.01.2001") ? "68400" : r.text(3));
                        rows.add(new DatasetPublisher.Row(values, null));
                    });
            DatasetVersion v2 = publisher.publish(dataset, Instant.now(), "uji", "test", rows);
            assertEquals(2, v2.number());
            assertArrayEquals(before, csv(v1));
            assertEquals(storedBefore + 1, records.stored("postal-codes"));
            assertEquals(1, datasets.diff("postal-codes", VersionRef.parse("1"), VersionRef.parse("2"),
                    new PageParameters(null, null, null)).changes().items().size());
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Test
    void rowsThatBreakTheSchemaAreRefusedWithTheirRowAndField() {
        QuarkusTransaction.begin();
        try {
            Dataset dataset = datasets.get("postal-codes");
            List<DatasetPublisher.Row> rows = List.of(
                    new DatasetPublisher.Row(Map.of("code", "35.10.01.2001", "name", "A", "postal_code", "68488"),
                            null),
                    new DatasetPublisher.Row(Map.of("code", "35.10.01.2001", "name", "B", "postal_code", "68488"),
                            null),
                    new DatasetPublisher.Row(Map.of("code", "", "name", "C", "postal_code", "123"), null));
            DatasetPublisher.InvalidRowsException e = assertThrows(DatasetPublisher.InvalidRowsException.class,
                    () -> publisher.publish(dataset, Instant.now(), "uji", "test", rows));
            assertEquals(3, e.total());
            assertEquals(new DatasetPublisher.RowError(2, "code", "repeats the key '35.10.01.2001' of row 1"),
                    e.errors().get(0));
            assertEquals(new DatasetPublisher.RowError(3, "code", "is required"), e.errors().get(1));
            assertEquals(new DatasetPublisher.RowError(3, "postal_code", "'123' does not match \\d{5}"),
                    e.errors().get(2));
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private byte[] csv(DatasetVersion version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        datasets.download(version, Format.CSV, out);
        return out.toByteArray();
    }
}
