package id.banyuwangi.opendata.dataset;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/): the fields of a dataset's records,
 * in order, with type, bilingual description, unit and constraints, and the fields that form the primary key.
 * Supported types: string, integer, number, date, and geojson (at most one field, held apart as geometry).
 *
 * @param fields      the fields, in column order (at most {@link DatasetRecord#SLOTS} besides a geojson field)
 * @param primaryKey  the names of the fields whose values identify a record
 * @param foreignKeys fields whose values must be codes of the region register ({@link #REGIONS}); may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableSchema(List<Field> fields, @JsonProperty("primaryKey") List<String> primaryKey,
        @JsonProperty("foreignKeys") List<ForeignKey> foreignKeys) {

    /** The one resource a foreign key may reference: the Kemendagri codes of the regency, districts and villages. */
    public static final String REGIONS = "regions";

    private static final Set<String> TYPES = Set.of("string", "integer", "number", "date", "geojson");

    /**
     * One field.
     *
     * @param name          the column name, as CSV header, JSON key and filter parameter
     * @param type          string, integer, number, date or geojson
     * @param title         a short English title
     * @param description   English description
     * @param descriptionId Indonesian description
     * @param unit          unit of numbers, null otherwise
     * @param constraints   constraints on the values, null when none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TableSchemaField")
    public record Field(String name, String type, String title, String description, String descriptionId, String unit,
            Constraints constraints) {

        /** Whether values are numbers (integer or number). */
        @JsonIgnore
        public boolean numeric() {
            return type.equals("integer") || type.equals("number");
        }

        /** Whether the field holds the geometry. */
        @JsonIgnore
        public boolean geometry() {
            return type.equals("geojson");
        }

        /** Whether every record must have a value. */
        @JsonIgnore
        public boolean required() {
            return constraints != null && Boolean.TRUE.equals(constraints.required());
        }
    }

    /**
     * Constraints of a field (Frictionless names).
     *
     * @param required whether a value is required
     * @param enumValues the allowed values
     * @param minimum  the smallest allowed number
     * @param maximum  the largest allowed number
     * @param pattern  a regular expression the whole value must match
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TableSchemaConstraints")
    public record Constraints(Boolean required, @JsonProperty("enum") List<String> enumValues, BigDecimal minimum,
            BigDecimal maximum, String pattern) {
    }

    /**
     * A Frictionless foreign key of one field.
     *
     * @param fields    the field whose values must exist in the referenced resource
     * @param reference the referenced resource and field
     */
    @Schema(name = "TableSchemaForeignKey")
    public record ForeignKey(String fields, Reference reference) {
    }

    /**
     * What a foreign key references.
     *
     * @param resource the resource name; only {@link #REGIONS} is supported
     * @param fields   the referenced field: {@code code}
     */
    @Schema(name = "TableSchemaReference")
    public record Reference(String resource, String fields) {
    }

    /** The names of the columns whose values must be region codes. */
    public List<String> regionCodeFields() {
        return foreignKeys == null ? List.of() : foreignKeys.stream().map(ForeignKey::fields).toList();
    }

    /** The fields stored in slots (all but the geojson one), in column order. */
    public List<Field> columns() {
        return fields.stream().filter(f -> !f.geometry()).toList();
    }

    /** The geojson field, or null. */
    public Field geometryField() {
        return fields.stream().filter(Field::geometry).findFirst().orElse(null);
    }

    /** The 1-based slot of a column, or 0 when there is no such column. */
    public int slot(String name) {
        List<Field> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The column with this name, or null. */
    public Field column(String name) {
        int slot = slot(name);
        return slot == 0 ? null : columns().get(slot - 1);
    }

    /** Checks that the schema itself is usable; throws {@link IllegalArgumentException} saying why not. */
    public void check() {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("a table schema needs fields");
        }
        for (Field f : fields) {
            if (f.name() == null || !f.name().matches("[a-z][a-z0-9_]*") || !TYPES.contains(f.type())) {
                throw new IllegalArgumentException("field '" + f.name() + "' needs a snake_case name and one of the"
                        + " types " + TYPES);
            }
        }
        if (columns().size() > DatasetRecord.SLOTS || fields.stream().filter(Field::geometry).count() > 1) {
            throw new IllegalArgumentException("a table schema has at most " + DatasetRecord.SLOTS
                    + " columns and one geojson field");
        }
        if (primaryKey == null || primaryKey.isEmpty() || primaryKey.stream().anyMatch(k -> slot(k) == 0)) {
            throw new IllegalArgumentException("the primary key must name columns of the schema");
        }
        if (fields.stream().map(Field::name).distinct().count() < fields.size()) {
            throw new IllegalArgumentException("field names must be unique");
        }
        for (ForeignKey key : foreignKeys == null ? List.<ForeignKey>of() : foreignKeys) {
            if (key == null || key.reference() == null || slot(key.fields()) == 0
                    || !REGIONS.equals(key.reference().resource()) || !"code".equals(key.reference().fields())) {
                throw new IllegalArgumentException("a foreign key must tie a column of the schema to"
                        + " {\"resource\": \"regions\", \"fields\": \"code\"}");
            }
        }
    }

    /**
     * The canonical text of a value of {@code field}: trimmed, {@code ""} for empty. Throws
     * {@link IllegalArgumentException} saying what is wrong when the value breaks the field's type or constraints.
     */
    public static String canonical(Field field, String value) {
        String text = value == null ? "" : value.trim();
        if (text.isEmpty()) {
            if (field.required()) {
                throw new IllegalArgumentException("is required");
            }
            return "";
        }
        switch (field.type()) {
            case "integer" -> {
                try {
                    text = Long.toString(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + text + "' is not an integer");
                }
            }
            case "number" -> number(text);
            case "date" -> {
                try {
                    LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)");
                }
            }
            default -> {
            }
        }
        Constraints c = field.constraints();
        if (c != null) {
            if (c.enumValues() != null && !c.enumValues().contains(text)) {
                throw new IllegalArgumentException("'" + text + "' is not one of " + c.enumValues());
            }
            if (c.pattern() != null && !Pattern.matches(c.pattern(), text)) {
                throw new IllegalArgumentException("'" + text + "' does not match " + c.pattern());
            }
            if (field.numeric() && (c.minimum() != null && number(text).compareTo(c.minimum()) < 0
                    || c.maximum() != null && number(text).compareTo(c.maximum()) > 0)) {
                throw new IllegalArgumentException(text + " is outside " + c.minimum() + " to " + c.maximum());
            }
        }
        return text;
    }

    /** A numeric text as a number; throws {@link IllegalArgumentException} when it is not one. */
    public static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }
}
