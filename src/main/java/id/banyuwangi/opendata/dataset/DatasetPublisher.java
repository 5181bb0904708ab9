package id.banyuwangi.opendata.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.http.Format;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Publishes a new version of a dataset from its rows. Every row is checked against the Table Schema; rows equal to
 * the latest version's are kept, changed and removed ones are closed and changed and new ones added, so storage
 * grows with what changes. The version's SHA-256 and download sizes are computed from the same encoder the
 * downloads use. Runs in the caller's transaction: a failure publishes nothing.
 */
@ApplicationScoped
public class DatasetPublisher {

    /**
     * One row to publish.
     *
     * @param values   the value of every column of the schema, by field name, as text
     * @param geometry the RFC 7946 geometry as JSON text, for datasets with a geojson field
     */
    public record Row(Map<String, String> values, String geometry) {
    }

    /** A row that breaks the schema: its 1-based position, the field and the reason. */
    public record RowError(long row, String field, String problem) {
    }

    /** Thrown when rows break the schema; carries the problems (capped) and their total count. */
    public static class InvalidRowsException extends RuntimeException {
        private final transient List<RowError> errors;
        private final long total;

        InvalidRowsException(List<RowError> errors, long total) {
            super(total + " problem(s) in the rows");
            this.errors = List.copyOf(errors);
            this.total = total;
        }

        public List<RowError> errors() {
            return errors;
        }

        public long total() {
            return total;
        }
    }

    private static final int MAX_ERRORS = 100;

    private final DatasetRecordRepository records;
    private final DatasetVersionRepository versions;
    private final ObjectMapper json;

    public DatasetPublisher(DatasetRecordRepository records, DatasetVersionRepository versions, ObjectMapper json) {
        this.records = records;
        this.versions = versions;
        this.json = json;
    }

    /** The Table Schema of a dataset. */
    public TableSchema schema(Dataset dataset) {
        try {
            return json.readValue(dataset.tableSchema, TableSchema.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dataset " + dataset.id + " has an unreadable table schema", e);
        }
    }

    /** Publishes the rows as the next version of the dataset and returns it. */
    public DatasetVersion publish(Dataset dataset, Instant publishedAt, String notesId, String notesEn,
            List<Row> rows) {
        TableSchema schema = schema(dataset);
        List<DatasetRecord> candidates = check(dataset, schema, rows);
        int number = versions.latest(dataset.id).map(v -> v.number() + 1).orElse(1);
        Map<String, DatasetRecord> current = new HashMap<>();
        records.current(dataset.id).forEach(r -> current.put(r.recordKey, r));
        List<DatasetRecord> version = new ArrayList<>(candidates.size());
        for (DatasetRecord candidate : candidates) {
            DatasetRecord existing = current.remove(candidate.recordKey);
            if (existing != null && same(existing, candidate)) {
                version.add(existing);
                continue;
            }
            if (existing != null) {
                existing.lastVersion = number - 1;
            }
            candidate.firstVersion = number;
            records.persist(candidate);
            version.add(candidate);
        }
        current.values().forEach(removed -> removed.lastVersion = number - 1);
        version.sort(Comparator.comparing(r -> r.sortKey));

        DatasetVersion published = new DatasetVersion();
        published.key = new DatasetVersion.Key(dataset.id, number);
        published.publishedAt = publishedAt;
        published.notesId = notesId;
        published.notesEn = notesEn;
        published.rowCount = version.size();
        MessageDigest sha256 = sha256();
        published.csvBytes = encodedSize(schema, Format.CSV, version, sha256);
        published.csvSha256 = HexFormat.of().formatHex(sha256.digest());
        published.jsonBytes = encodedSize(schema, Format.JSON, version, null);
        published.ndjsonBytes = encodedSize(schema, Format.NDJSON, version, null);
        published.geojsonBytes = schema.geometryField() == null ? null
                : encodedSize(schema, Format.GEOJSON, version, null);
        versions.persist(published);
        dataset.modified = publishedAt;
        return published;
    }

    /** The hex of the UTF-8 bytes of a record key: sorts the same way on every database and collation. */
    public static String sortKey(String recordKey) {
        return HexFormat.of().formatHex(recordKey.getBytes(StandardCharsets.UTF_8));
    }

    private List<DatasetRecord> check(Dataset dataset, TableSchema schema, List<Row> rows) {
        List<TableSchema.Field> columns = schema.columns();
        List<RowError> errors = new ArrayList<>();
        long problems = 0;
        Map<String, Long> keys = new HashMap<>();
        List<DatasetRecord> checked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            DatasetRecord record = new DatasetRecord();
            record.datasetId = dataset.id;
            record.geometry = row.geometry();
            StringBuilder search = new StringBuilder();
            boolean valid = true;
            for (int slot = 1; slot <= columns.size(); slot++) {
                TableSchema.Field field = columns.get(slot - 1);
                try {
                    String text = TableSchema.canonical(field, row.values().get(field.name()));
                    record.text(slot, text);
                    if (field.numeric() && !text.isEmpty()) {
                        record.number(slot, TableSchema.number(text));
                    }
                    search.append(text.toLowerCase(Locale.ROOT)).append(' ');
                } catch (IllegalArgumentException e) {
                    valid = false;
                    problems++;
                    if (errors.size() < MAX_ERRORS) {
                        errors.add(new RowError(i + 1, field.name(), e.getMessage()));
                    }
                }
            }
            if (!valid) {
                continue;
            }
            record.recordKey = String.join("|", schema.primaryKey().stream()
                    .map(k -> record.text(schema.slot(k))).toList());
            record.sortKey = sortKey(record.recordKey);
            record.searchText = search.toString().trim();
            Long first = keys.putIfAbsent(record.recordKey, (long) i + 1);
            if (first != null) {
                problems++;
                if (errors.size() < MAX_ERRORS) {
                    errors.add(new RowError(i + 1, String.join(",", schema.primaryKey()),
                            "repeats the key '" + record.recordKey + "' of row " + first));
                }
                continue;
            }
            checked.add(record);
        }
        if (problems > 0) {
            throw new InvalidRowsException(errors, problems);
        }
        return checked;
    }

    private static boolean same(DatasetRecord a, DatasetRecord b) {
        for (int slot = 1; slot <= DatasetRecord.SLOTS; slot++) {
            if (!a.text(slot).equals(b.text(slot))) {
                return false;
            }
        }
        return Objects.equals(a.geometry, b.geometry);
    }

    private long encodedSize(TableSchema schema, Format format, List<DatasetRecord> rows, MessageDigest digest) {
        CountingStream counter = new CountingStream();
        OutputStream out = digest == null ? counter : new DigestOutputStream(counter, digest);
        try (DatasetEncoder encoder = new DatasetEncoder(json, schema, format, out)) {
            rows.forEach(encoder::write);
        }
        return counter.count;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
