package id.banyuwangi.opendata.dataset.release;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.RowWriter;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the records of a dataset version, in the order given, as one download: CSV (RFC 4180, UTF-8, header
 * row, CRLF), a JSON array, NDJSON, or a GeoJSON FeatureCollection. The same records always give the same bytes,
 * which is what makes a version's SHA-256 and sizes, computed when it is published, true for every download.
 */
public final class DatasetEncoder implements AutoCloseable {

    /** Longer numbers take the general path, which also checks their scale. */
    private static final int PLAIN_MAX = 40;

    private final TableSchema schema;
    private final List<TableSchema.Field> columns;
    private final Format format;
    private final OutputStream out;
    private final JsonGenerator json;
    private final SequenceWriter csv;

    public DatasetEncoder(ObjectMapper mapper, TableSchema schema, Format format, OutputStream out) {
        this.schema = schema;
        this.columns = schema.columns();
        this.format = format;
        this.out = out;
        try {
            if (format == Format.CSV) {
                this.csv = RowWriter.csvCells(columns.stream().map(TableSchema.Field::name).toList(), out);
                this.json = null;
            } else {
                this.csv = null;
                this.json = mapper.getFactory().createGenerator(out)
                        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                if (format == Format.JSON) {
                    json.writeStartArray();
                } else if (format == Format.GEOJSON) {
                    json.writeStartObject();
                    json.writeStringField("type", "FeatureCollection");
                    json.writeArrayFieldStart("features");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one record. */
    public void write(DatasetRecord record) {
        try {
            switch (format) {
                case CSV -> {
                    List<String> cells = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        cells.add(record.text(i));
                    }
                    csv.write(cells);
                }
                case JSON -> writeObject(json, schema, record, null, true);
                case NDJSON -> {
                    writeObject(json, schema, record, null, true);
                    json.flush();
                    out.write('\n');
                }
                case GEOJSON -> {
                    json.writeStartObject();
                    json.writeStringField("type", "Feature");
                    json.writeStringField("id", record.recordKey);
                    json.writeFieldName("geometry");
                    json.writeRawValue(record.geometry == null ? "null" : record.geometry);
                    json.writeFieldName("properties");
                    writeObject(json, schema, record, null, false);
                    json.writeEndObject();
                }
                default -> throw new IllegalStateException("no encoder for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
                return;
            }
            if (format == Format.JSON) {
                json.writeEndArray();
            } else if (format == Format.GEOJSON) {
                json.writeEndArray();
                json.writeEndObject();
            }
            json.close();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of a record by field name, typed as in the JSON download, without the geometry. */
    public static Map<String, Object> properties(TableSchema schema, DatasetRecord record) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<TableSchema.Field> columns = schema.columns();
        for (int i = 0; i < columns.size(); i++) {
            properties.put(columns.get(i).name(), columns.get(i).jsonValue(record.text(i + 1)));
        }
        return properties;
    }

    /**
     * Writes a record as one JSON object: the fields of the schema in order (those in {@code fields}, or all when
     * it is null), typed, null when empty, and the geometry as it is stored when {@code withGeometry}.
     */
    public static void writeObject(JsonGenerator json, TableSchema schema, DatasetRecord record, Set<String> fields,
            boolean withGeometry) throws IOException {
        json.writeStartObject();
        int slot = 0;
        for (TableSchema.Field field : schema.fields()) {
            boolean selected = fields == null || fields.contains(field.name());
            if (field.geometry()) {
                if (withGeometry && selected) {
                    json.writeFieldName(field.name());
                    json.writeRawValue(record.geometry != null ? record.geometry : "null");
                }
                continue;
            }
            String text = record.text(++slot);
            if (!selected) {
                continue;
            }
            json.writeFieldName(field.name());
            if (field.numeric() && plainDecimal(text)) {
                json.writeNumber(text);
                continue;
            }
            Object value = field.jsonValue(text);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof BigDecimal number) {
                json.writeNumber(number);
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
            } else if (value instanceof Boolean bool) {
                json.writeBoolean(bool);
            } else {
                json.writeString(text);
            }
        }
        json.writeEndObject();
    }

    /**
     * Whether a number's text is already what {@link BigDecimal#toPlainString} makes of it (an optional minus, no
     * leading zeros, digits after one point, not a negative zero), so that it is written as it is instead of being
     * parsed for each record of each response.
     */
    static boolean plainDecimal(String text) {
        int n = text.length();
        int start = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        if (start == n || n > PLAIN_MAX || text.charAt(n - 1) == '.') {
            return false;
        }
        if (text.charAt(start) == '0' && start + 1 < n && text.charAt(start + 1) != '.') {
            return false;
        }
        boolean point = false;
        boolean nonZero = false;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && !point && i > start) {
                point = true;
            } else if (c >= '0' && c <= '9') {
                nonZero |= c != '0';
            } else {
                return false;
            }
        }
        return start == 0 || nonZero;
    }
}
