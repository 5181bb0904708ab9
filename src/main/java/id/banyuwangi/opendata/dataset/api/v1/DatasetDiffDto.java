package id.banyuwangi.opendata.dataset.api.v1;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.dataset.catalog.DatasetChange;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.dataset.release.DatasetDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What changed between two versions of a dataset. */
@Schema(name = "DatasetDiff", description = "Added, removed and changed records between two versions.")
public record DatasetDiffDto(
        @Schema(examples = "villages") String datasetId,
        @Schema(examples = "1") int from,
        @Schema(examples = "2") int to,
        List<ChangeDto> items,
        Page.Paging paging) {

    /** Example of a diff in JSON. */
    public static final String EXAMPLE = """
            {"dataset_id":"villages","from":1,"to":2,"items":[{"key":"35.10.03.2002","change":"changed",\
            "fields":[{"field":"name","old":"Sumbersari","new":"Sumberasri"}]}],"paging":{"limit":100,\
            "next_cursor":null,"next":null,"self":"https://example.org/api/v1/datasets/villages/diff?from=1&to=2"}}""";

    /** One changed record. */
    @Schema(name = "DatasetChange")
    public record ChangeDto(
            @Schema(description = "The record's key (primary key values joined by |).") String key,
            @Schema(enumeration = {"added", "removed", "changed"}) String change,
            @Schema(description = "For changed records, each changed field with its old and new value; for added and"
                    + " removed records, every field with null on the missing side.") List<FieldChangeDto> fields) {
    }

    /** One changed field. */
    @Schema(name = "DatasetFieldChange")
    public record FieldChangeDto(String field, @Schema(nullable = true) Object old,
            @JsonProperty("new") @Schema(nullable = true, name = "new") Object now) {
    }

    /** One line of the CSV form of a diff: one changed field of one record. */
    public record CsvRow(String key, String change, String field, Object oldValue, Object newValue) {
    }

    /** The CSV lines of the changes. */
    static List<CsvRow> csvRows(List<ChangeDto> changes) {
        List<CsvRow> rows = new ArrayList<>();
        changes.forEach(c -> c.fields().forEach(f -> rows.add(new CsvRow(c.key(), c.change(), f.field(), f.old(),
                f.now()))));
        return rows;
    }

    /** The changes of a diff page, field by field. */
    public static List<ChangeDto> changes(TableSchema schema, DatasetDiff diff) {
        List<ChangeDto> changes = new ArrayList<>();
        for (DatasetDiff.Change c : diff.changes().items()) {
            Map<String, Object> before = c.before() == null ? null : RecordValues.of(schema, c.before(), null);
            Map<String, Object> after = c.after() == null ? null : RecordValues.of(schema, c.after(), null);
            List<FieldChangeDto> fields = new ArrayList<>();
            for (TableSchema.Field field : schema.fields()) {
                Object old = before == null ? null : before.get(field.name());
                Object now = after == null ? null : after.get(field.name());
                if (c.kind() != DatasetDiff.Kind.CHANGED || !Objects.equals(String.valueOf(old), String.valueOf(now))) {
                    fields.add(new FieldChangeDto(field.name(), old, now));
                }
            }
            changes.add(new ChangeDto(c.key(), c.kind().name().toLowerCase(Locale.ROOT), fields));
        }
        return changes;
    }
}
