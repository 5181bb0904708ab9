package id.banyuwangi.opendata.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.region.RegionDirectory;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks rows against a dataset's Table Schema (types, required fields, enums, patterns, ranges, region codes that
 * exist, sizes the storage can hold) and turns each valid row into a record with its key and search text.
 */
final class RowChecker {

    /** Longest value of a column, in characters. */
    static final int MAX_VALUE = 2000;
    /** Longest record key, in UTF-8 bytes. */
    static final int MAX_KEY_BYTES = 500;
    /** Longest geometry, in characters of GeoJSON. */
    static final int MAX_GEOMETRY = 1_000_000;

    private static final int MAX_SEARCH_TEXT = 20_000;
    private static final Set<String> GEOMETRY_TYPES = Set.of("Point", "MultiPoint", "LineString",
            "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection");

    private final TableSchema schema;
    private final List<TableSchema.Field> columns;
    private final Set<String> regionCodeFields;
    private final RegionDirectory regions;
    private final ObjectMapper json;

    RowChecker(TableSchema schema, RegionDirectory regions, ObjectMapper json) {
        this.schema = schema;
        this.columns = schema.columns();
        this.regionCodeFields = Set.copyOf(schema.regionCodeFields());
        this.regions = regions;
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
        DatasetRecord record = new DatasetRecord();
        StringBuilder search = new StringBuilder();
        boolean valid = true;
        for (int slot = 1; slot <= columns.size(); slot++) {
            TableSchema.Field field = columns.get(slot - 1);
            try {
                String text = value(field, values.get(field.name()));
                record.text(slot, text);
                if (field.numeric() && !text.isEmpty()) {
                    record.number(slot, TableSchema.number(text));
                }
                search.append(text.toLowerCase(Locale.ROOT)).append(' ');
            } catch (IllegalArgumentException e) {
                valid = false;
                errors.add(row, field.name(), e.getMessage());
            }
        }
        TableSchema.Field geometryField = schema.geometryField();
        if (geometryField != null) {
            try {
                record.geometry = geometry(geometryField, geometry);
            } catch (IllegalArgumentException e) {
                valid = false;
                errors.add(row, geometryField.name(), e.getMessage());
            }
        }
        if (!valid) {
            return null;
        }
        record.recordKey = String.join("|", schema.primaryKey().stream().map(k -> record.text(schema.slot(k)))
                .toList());
        if (record.recordKey.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            errors.add(row, String.join(",", schema.primaryKey()), "the key is longer than " + MAX_KEY_BYTES
                    + " bytes");
            return null;
        }
        record.sortKey = sortKey(record.recordKey);
        String text = search.toString().trim();
        // The search text only serves q; past its size a very wide row is searchable by its first values.
        record.searchText = text.length() > MAX_SEARCH_TEXT ? text.substring(0, MAX_SEARCH_TEXT) : text;
        return record;
    }

    private String value(TableSchema.Field field, String raw) {
        if (raw != null && raw.length() > MAX_VALUE) {
            throw new IllegalArgumentException("is longer than " + MAX_VALUE + " characters");
        }
        String text = TableSchema.canonical(field, raw);
        if (!text.isEmpty() && regionCodeFields.contains(field.name()) && regions.find(text).isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' is not a Kemendagri code of the region register");
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
            return node.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("is not valid JSON");
        }
    }
}
