package id.banyuwangi.opendata.dataset.api.v1;

import com.fasterxml.jackson.databind.util.RawValue;
import id.banyuwangi.opendata.dataset.DatasetRecord;
import id.banyuwangi.opendata.dataset.TableSchema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A record as a JSON object: every field of the schema (or of {@code fields}) in order, typed, null when empty. */
public final class RecordValues {

    private RecordValues() {
    }

    /** The record's values; {@code fields} selects some fields, null means all. */
    public static Map<String, Object> of(TableSchema schema, DatasetRecord record, Set<String> fields) {
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
                values.put(field.name(), text.isEmpty() ? null : field.numeric() ? new BigDecimal(text) : text);
            }
        }
        return values;
    }
}
