package id.banyuwangi.opendata.dataset.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.geo.Geometries;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks rows against a dataset's Table Schema (types, required fields, enums, patterns, ranges, foreign keys that
 * exist, sizes the storage can hold) and turns each valid row into a record with its key and search text.
 */
final class RowChecker {

    /** Tells whether the value of a field with a foreign key exists in what the key references. */
    interface References {
        boolean exists(TableSchema.Reference reference, String value);
    }

    /** Longest value of a column that is not indexed, in characters (as long as the longest geometry). */
    static final int MAX_VALUE = 1_000_000;
    /** Longest record key, in UTF-8 bytes. */
    static final int MAX_KEY_BYTES = 500;
    /** Longest geometry, in characters of GeoJSON. */
    static final int MAX_GEOMETRY = 1_000_000;

    private static final int MAX_SEARCH_TEXT = 20_000;
    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    private final TableSchema schema;
    private final List<TableSchema.Field> columns;
    private final Map<String, TableSchema.Reference> references;
    private final Set<String> indexed;
    private final References existing;
    private final ObjectMapper json;

    RowChecker(TableSchema schema, References existing, ObjectMapper json) {
        this.schema = schema;
        this.columns = schema.columns();
        this.references = schema.references();
        this.indexed = columns.stream().filter(schema::indexed).map(TableSchema.Field::name)
                .collect(Collectors.toUnmodifiableSet());
        this.existing = existing;
        this.json = json;
    }

    /** The hex of the UTF-8 bytes of a record key: sorts the same way on every database and collation. */
    static String sortKey(String recordKey) {
        return HexFormat.of().formatHex(recordKey.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The record of row {@code row}, or null when it breaks the schema, in which case each problem is added to
     * {@code errors}.
     *
     * @param values   the text of each column, by field name (a missing column is empty)
     * @param geometry the geometry as GeoJSON text, or null
     */
    DatasetRecord check(long row, Map<String, String> values, String geometry,
            InvalidRowsException.Collector errors) {
        String[] texts = new String[columns.size()];
        boolean valid = true;
        for (int i = 0; i < texts.length; i++) {
            TableSchema.Field field = columns.get(i);
            try {
                texts[i] = value(field, values.get(field.name()));
            } catch (IllegalArgumentException e) {
                valid = false;
                errors.add(row, field.name(), e.getMessage());
            }
        }
        TableSchema.Field geometryField = schema.geometryField();
        String geometryText = null;
        if (geometryField != null) {
            try {
                geometryText = geometry(geometryField, geometry);
            } catch (IllegalArgumentException e) {
                valid = false;
                errors.add(row, geometryField.name(), e.getMessage());
            }
        }
        if (!valid) {
            return null;
        }
        String recordKey = String.join("|", schema.primaryKey().stream().map(k -> texts[schema.slot(k) - 1])
                .toList());
        if (recordKey.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            errors.add(row, String.join(",", schema.primaryKey()), "the key is longer than " + MAX_KEY_BYTES
                    + " bytes");
            return null;
        }
        return new DatasetRecord(recordKey, sortKey(recordKey), geometryText, searchText(texts), texts);
    }

    /**
     * The words of a record's values separated by spaces (see {@link SearchWords}); past its size a very wide row
     * is searchable by its first values.
     */
    static String searchText(String[] texts) {
        StringBuilder search = new StringBuilder();
        for (String text : texts) {
            for (String word : SearchWords.of(text)) {
                if (search.length() + word.length() + 1 > MAX_SEARCH_TEXT) {
                    return search.toString();
                }
                search.append(search.isEmpty() ? "" : " ").append(word);
            }
        }
        return search.toString();
    }

    private String value(TableSchema.Field field, String raw) {
        if (raw != null && raw.length() > MAX_VALUE) {
            throw new IllegalArgumentException("is longer than " + MAX_VALUE + " characters");
        }
        if (raw != null && raw.indexOf(0) >= 0) {
            throw new IllegalArgumentException("contains a NUL character");
        }
        if (raw != null && indexed.contains(field.name()) && field.type().equals("string")
                && raw.trim().getBytes(StandardCharsets.UTF_8).length > RecordTable.MAX_INDEXED_BYTES) {
            throw new IllegalArgumentException("is longer than " + RecordTable.MAX_INDEXED_BYTES + " bytes, the"
                    + " most a filterable field holds (a field with \"filterable\": false holds up to " + MAX_VALUE
                    + " characters)");
        }
        String text = TableSchema.canonical(field, raw);
        TableSchema.Reference reference = references.get(field.name());
        if (!text.isEmpty() && reference != null && !existing.exists(reference, text)) {
            throw new IllegalArgumentException(TableSchema.REGIONS.equals(reference.resource())
                    ? "'" + text + "' is not a Kemendagri code of the region register"
                    : "'" + text + "' is not a " + reference.fields() + " of the latest version of dataset "
                    + reference.resource());
        }
        return text;
    }

    private String geometry(TableSchema.Field field, String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            if (field.required()) {
                throw new IllegalArgumentException("is required");
            }
            return null;
        }
        if (text.length() > MAX_GEOMETRY) {
            throw new IllegalArgumentException("is longer than " + MAX_GEOMETRY + " characters");
        }
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject() || !GEOMETRY_TYPES.contains(node.path("type").asText())) {
                throw new IllegalArgumentException("is not a GeoJSON geometry (RFC 7946)");
            }
            return Geometries.rfc7946(node.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not valid JSON");
        }
    }
}
