package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the query parameters of a records request into a {@link RecordFilter} and the sort into a {@link Sort},
 * both checked against the dataset's Table Schema: a parameter that names no field, or a value of the wrong type,
 * is a 400 naming it. Values become bound parameters, never SQL text.
 */
@ApplicationScoped
public class RecordQueries {

    /** The sort path of the record key (the hex sort key, the same order on every database). */
    public static final String KEY_PATH = "sort_key";

    /** Parameters every records request may take besides the field filters. */
    public static final Set<String> RESERVED = Set.of("limit", "cursor", "sort", "q", "fields");

    private static final String MIN = "_min";
    private static final String MAX = "_max";
    private static final int MAX_WORDS = 10;

    /** The filter that {@code parameters} express. */
    public RecordFilter filter(TableSchema schema, Map<String, List<String>> parameters) {
        List<RecordFilter.Condition> conditions = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (RESERVED.contains(name)) {
                return;
            }
            String fieldName = name.endsWith(MIN) ? name.substring(0, name.length() - MIN.length())
                    : name.endsWith(MAX) ? name.substring(0, name.length() - MAX.length()) : name;
            TableSchema.Field field = schema.column(fieldName);
            if (field == null) {
                errors.add(new FieldError(name, "is not a field of this dataset (fields: "
                        + String.join(", ", schema.columns().stream().map(TableSchema.Field::name).toList())
                        + ") nor a parameter of this operation"));
                return;
            }
            try {
                conditions.add(condition(field, name, String.join(",", values)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, e.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.INVALID_PARAMETER, errors.size() + " invalid filter(s): "
                    + String.join(", ", errors.stream().map(FieldError::field).toList()) + ".", errors);
        }
        List<String> q = parameters.get("q");
        List<String> words = q == null ? List.of() : SearchWords.of(String.join(" ", q));
        if (words.size() > MAX_WORDS) {
            throw ApiException.invalidParameter("q", "has more than " + MAX_WORDS + " words");
        }
        return new RecordFilter(conditions, words);
    }

    /**
     * The orders a dataset's records offer: the primary key (the default; for a single-field key, named after that
     * field) and every other required field. A sort field's path is the field's name ({@link #KEY_PATH} for the
     * key); the cursor carries integers and numbers as numbers and other values as their canonical text.
     */
    public Sort<DatasetRecord> sort(TableSchema schema) {
        String keyName = schema.primaryKey().size() == 1 ? schema.primaryKey().get(0) : "record_key";
        SortField<DatasetRecord> key = new SortField<>(keyName, KEY_PATH, String.class, r -> r.sortKey);
        List<SortField<DatasetRecord>> others = new ArrayList<>();
        List<TableSchema.Field> columns = schema.columns();
        for (int i = 0; i < columns.size(); i++) {
            TableSchema.Field field = columns.get(i);
            int position = i + 1;
            if (field.required() && !field.name().equals(keyName)) {
                others.add(switch (field.type()) {
                    case "integer" -> new SortField<>(field.name(), field.name(), Long.class,
                            r -> Long.parseLong(r.text(position)));
                    case "number" -> new SortField<>(field.name(), field.name(), BigDecimal.class,
                            r -> r.number(position));
                    default -> new SortField<>(field.name(), field.name(), String.class, r -> r.text(position));
                });
            }
        }
        return new Sort<>(key, others);
    }

    private static RecordFilter.Condition condition(TableSchema.Field field, String name,
            String value) {
        TableSchema.Field unconstrained = TableSchema.Field.of(field.name(), field.type());
        if (name.endsWith(MIN) || name.endsWith(MAX)) {
            if (!field.ordered()) {
                throw new IllegalArgumentException("ranges apply to integer, number, date, datetime and year fields"
                        + " only");
            }
            String bound = TableSchema.canonical(unconstrained, value);
            if (bound.isEmpty()) {
                throw new IllegalArgumentException("needs a value");
            }
            return new RecordFilter.Condition(field, name.endsWith(MIN) ? RecordFilter.Kind.MIN
                    : RecordFilter.Kind.MAX, List.of(), bound);
        }
        List<String> texts = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String text = TableSchema.canonical(unconstrained, part);
            if (text.isEmpty() && field.numeric()) {
                throw new IllegalArgumentException("has an empty value");
            }
            texts.add(text);
        }
        return new RecordFilter.Condition(field, RecordFilter.Kind.IN, texts, null);
    }
}
