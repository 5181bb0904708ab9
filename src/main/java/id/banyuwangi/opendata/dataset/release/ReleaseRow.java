package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.dataset.catalog.TableSchema;

/** One record of a release as a projection reads it: the canonical text of its fields, by name. */
public final class ReleaseRow {

    private final TableSchema schema;
    private final DatasetRecord record;

    ReleaseRow(TableSchema schema, DatasetRecord record) {
        this.schema = schema;
        this.record = record;
    }

    /** The primary key values, joined by {@code |}: identifies the record across versions. */
    public String key() {
        return record.recordKey;
    }

    /** The canonical text of {@code field}; {@code ""} when empty or when the schema has no such field. */
    public String text(String field) {
        int slot = schema.slot(field);
        return slot == 0 ? "" : record.text(slot);
    }

    /** The text of {@code field}, or null when it is empty. */
    public String optional(String field) {
        String text = text(field);
        return text.isEmpty() ? null : text;
    }
}
