package id.banyuwangi.opendata.dataset.api.v1;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.RawValue;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.dataset.release.DatasetEncoder;
import id.banyuwangi.opendata.dataset.release.DatasetRecord;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A record as a JSON object: every field of the schema (or of {@code fields}) in order, typed, null when empty. */
public final class RecordValues {

    private RecordValues() {
    }

    /**
     * The fields a comma-separated {@code fields} parameter selects among {@code selectable}, all of them when it is
     * absent; a name that is not selectable is a 400.
     */
    public static Set<String> select(List<TableSchema.Field> selectable, String fields) {
        if (fields == null) {
            return selectable.stream().map(TableSchema.Field::name).collect(Collectors.toSet());
        }
        Set<String> selected = new HashSet<>();
        for (String name : fields.split(",")) {
            if (selectable.stream().noneMatch(f -> f.name().equals(name.trim()))) {
                throw ApiException.invalidParameter("fields", "names '" + name + "', which is not a field");
            }
            selected.add(name.trim());
        }
        return selected;
    }

    /**
     * The record's values; {@code fields} selects some fields, null means all. Serialised to JSON straight from the
     * record ({@link Json}); the entries are made only for code that reads them as a map.
     */
    public static Map<String, Object> of(TableSchema schema, DatasetRecord record, Set<String> fields) {
        return new Json(schema, record, fields);
    }

    /** The values as a map, in schema order. */
    private static Map<String, Object> entries(TableSchema schema, DatasetRecord record, Set<String> fields) {
        Map<String, Object> values = new LinkedHashMap<>();
        int slot = 0;
        for (TableSchema.Field field : schema.fields()) {
            if (field.geometry()) {
                if (fields == null || fields.contains(field.name())) {
                    values.put(field.name(), record.geometry == null ? null : new RawValue(record.geometry));
                }
                continue;
            }
            String text = record.text(++slot);
            if (fields == null || fields.contains(field.name())) {
                values.put(field.name(), field.jsonValue(text));
            }
        }
        return values;
    }

    /** A record's values as JSON, written straight from the record, and as a map for everything else. */
    @JsonSerialize(using = Json.Serializer.class)
    static final class Json extends AbstractMap<String, Object> {
        private final TableSchema schema;
        private final DatasetRecord record;
        private final Set<String> fields;

        Json(TableSchema schema, DatasetRecord record, Set<String> fields) {
            this.schema = schema;
            this.record = record;
            this.fields = fields;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return entries(schema, record, fields).entrySet();
        }

        /** Writes the record with {@link DatasetEncoder#writeObject}, the writer of the JSON downloads. */
        static final class Serializer extends StdSerializer<Json> {
            Serializer() {
                super(Json.class);
            }

            @Override
            public void serialize(Json value, JsonGenerator json, SerializerProvider provider) throws IOException {
                DatasetEncoder.writeObject(json, value.schema, value.record, value.fields, true);
            }
        }
    }
}
