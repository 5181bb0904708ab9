package id.banyuwangi.opendata.dataset.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/): the fields of a dataset's records,
 * in order, with type, bilingual description, unit and constraints, and the fields that form the primary key.
 * Supported types: string, integer, number, boolean, date, datetime, year, and geojson (at most one field, held
 * apart as geometry). Each dataset's records live in a table of their own with one typed column per field
 * (release/RecordTable), so a schema may have any number of fields.
 *
 * @param fields      the fields, in column order
 * @param primaryKey  the names of the fields whose values identify a record
 * @param foreignKeys fields whose values must be codes of the region register ({@link #REGIONS}) or keys of the latest
 *                    version of another dataset; may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableSchema(List<Field> fields, @JsonProperty("primaryKey") List<String> primaryKey,
        @JsonProperty("foreignKeys") List<ForeignKey> foreignKeys) {

    /** The region register as a foreign key's resource: the Kemendagri codes of the regency, districts and villages. */
    public static final String REGIONS = "regions";

    /** Longest field name: a column is named {@code f_<name>}, and PostgreSQL cuts identifiers at 63 bytes. */
    public static final int MAX_NAME = 60;

    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "date", "datetime",
            "year", "geojson");
    private static final Set<String> ORDERED = Set.of("integer", "number", "date", "datetime", "year");
    private static final Set<String> TRUE = Set.of("true", "True", "TRUE", "1");
    private static final Set<String> FALSE = Set.of("false", "False", "FALSE", "0");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int MAX_DIGITS = 1000;

    /**
     * One field.
     *
     * @param name          the column name, as CSV header, JSON key and filter parameter
     * @param type          string, integer, number, boolean, date, datetime, year or geojson
     * @param title         a short English title
     * @param description   English description
     * @param descriptionId Indonesian description
     * @param unit          unit of numbers, null otherwise
     * @param constraints   constraints on the values, null when none
     * @param filterable    whether the records are indexed on this field; null for the default (the primary key,
     *                      region codes, fields named {@code code} or {@code *_code}, enums and the date types)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TableSchemaField")
    public record Field(String name, String type, String title, String description, String descriptionId, String unit,
            Constraints constraints, Boolean filterable) {

        /** A field of a type without any documentation or constraints. */
        public static Field of(String name, String type) {
            return new Field(name, type, null, null, null, null, null, null);
        }

        /** Whether values are numbers (integer or number). */
        @JsonIgnore
        public boolean numeric() {
            return type.equals("integer") || type.equals("number");
        }

        /** Whether JSON and spreadsheets take the values as numbers (integer, number and year fields). */
        @JsonIgnore
        public boolean number() {
            return numeric() || type.equals("year");
        }

        /**
         * The JSON value of a canonical text: a number for integer, number and year fields, a boolean for boolean
         * fields, null when empty, the text otherwise.
         */
        public Object jsonValue(String text) {
            if (text.isEmpty()) {
                return null;
            }
            return switch (type) {
                case "integer", "number" -> new BigDecimal(text);
                case "year" -> Integer.parseInt(text);
                case "boolean" -> Boolean.parseBoolean(text);
                default -> text;
            };
        }

        /** Whether values have an order that ranges ({@code _min}, {@code _max}) compare in. */
        @JsonIgnore
        public boolean ordered() {
            return ORDERED.contains(type);
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
     * @param resource {@link #REGIONS}, or the id of a dataset whose primary key is the one field {@code fields}
     * @param fields   the referenced field: {@code code} of the regions, or the dataset's key field
     */
    @Schema(name = "TableSchemaReference")
    public record Reference(String resource, String fields) {
    }

    /** What each field with a foreign key references, by field name. */
    public Map<String, Reference> references() {
        Map<String, Reference> references = new HashMap<>();
        if (foreignKeys != null) {
            foreignKeys.forEach(k -> references.put(k.fields(), k.reference()));
        }
        return references;
    }

    /** The fields stored in slots (all but the geojson one), in column order. */
    public List<Field> columns() {
        return fields.stream().filter(f -> !f.geometry()).toList();
    }

    /** The geojson field, or null. */
    public Field geometryField() {
        return fields.stream().filter(Field::geometry).findFirst().orElse(null);
    }

    /**
     * Whether the records table has an index on this column (see {@link Field#filterable()}). The first field of
     * the primary key needs none unless it holds numbers: the primary key's own index serves a filter on it (its
     * rows share the start of their sort key).
     */
    public boolean indexed(Field field) {
        if (field.name().equals(primaryKey.get(0)) && !field.type().equals("number")) {
            return false;
        }
        if (field.filterable() != null) {
            return field.filterable();
        }
        return primaryKey.contains(field.name()) || references().containsKey(field.name())
                || field.name().equals("code") || field.name().endsWith("_code")
                || field.constraints() != null && field.constraints().enumValues() != null
                || field.type().equals("date") || field.type().equals("datetime") || field.type().equals("year");
    }

    /** The 1-based position of a column among {@link #columns()}, or 0 when there is no such column. */
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

    /**
     * Why records stored under this schema could not be read under {@code next}, or null when they could: fields,
     * their order, names, types and constraints, the primary key and the foreign keys must stay; titles,
     * descriptions, units and {@code filterable} may change.
     */
    public String storageChange(TableSchema next) {
        if (fields.size() != next.fields.size()) {
            return "it has " + fields.size() + " fields and the new one " + next.fields.size();
        }
        for (int i = 0; i < fields.size(); i++) {
            Field a = fields.get(i);
            Field b = next.fields.get(i);
            if (!a.name().equals(b.name()) || !a.type().equals(b.type())
                    || !Objects.equals(a.constraints(), b.constraints())) {
                return "field " + (i + 1) + " ('" + a.name() + "', " + a.type() + ") would become '" + b.name()
                        + "', " + b.type() + (a.name().equals(b.name()) && a.type().equals(b.type())
                        ? " with other constraints" : "");
            }
        }
        if (!primaryKey.equals(next.primaryKey)) {
            return "the primary key would change from " + primaryKey + " to " + next.primaryKey;
        }
        if (!references().equals(next.references())) {
            return "the foreign keys would change";
        }
        return null;
    }

    /** Checks that the schema itself is usable; throws {@link IllegalArgumentException} saying why not. */
    public void check() {
        if (fields == null || fields.isEmpty()) {
            throw new IllegalArgumentException("a table schema needs fields");
        }
        for (Field f : fields) {
            if (f == null || f.name() == null || !f.name().matches("[a-z][a-z0-9_]*") || f.name().length() > MAX_NAME
                    || !TYPES.contains(f.type())) {
                throw new IllegalArgumentException("field '" + (f == null ? null : f.name()) + "' needs a snake_case"
                        + " name of at most " + MAX_NAME + " characters and one of the types " + new TreeSet<>(TYPES));
            }
            if (f.geometry() && Boolean.TRUE.equals(f.filterable())) {
                throw new IllegalArgumentException("field '" + f.name() + "': a geojson field cannot be filterable");
            }
        }
        if (fields.stream().filter(Field::geometry).count() > 1) {
            throw new IllegalArgumentException("a table schema has at most one geojson field");
        }
        if (primaryKey == null || primaryKey.isEmpty() || primaryKey.stream().anyMatch(k -> slot(k) == 0)) {
            throw new IllegalArgumentException("the primary key must name columns of the schema");
        }
        if (fields.stream().map(Field::name).distinct().count() < fields.size()) {
            throw new IllegalArgumentException("field names must be unique");
        }
        for (ForeignKey key : foreignKeys == null ? List.<ForeignKey>of() : foreignKeys) {
            if (key == null || key.reference() == null || slot(key.fields()) == 0
                    || key.reference().resource() == null || key.reference().fields() == null
                    || REGIONS.equals(key.reference().resource()) && !"code".equals(key.reference().fields())) {
                throw new IllegalArgumentException("a foreign key must tie a column of the schema to"
                        + " {\"resource\": \"regions\", \"fields\": \"code\"} or to the key field of a dataset,"
                        + " {\"resource\": \"<dataset id>\", \"fields\": \"<its key field>\"}");
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
            case "boolean" -> {
                if (TRUE.contains(text)) {
                    text = "true";
                } else if (FALSE.contains(text)) {
                    text = "false";
                } else {
                    throw new IllegalArgumentException("'" + text + "' is not a boolean (true or false)");
                }
            }
            case "year" -> {
                if (!YEAR.matcher(text).matches()) {
                    throw new IllegalArgumentException("'" + text + "' is not a year (YYYY)");
                }
            }
            case "datetime" -> text = datetime(text);
            case "date" -> {
                try {
                    if (!DATE.matcher(text).matches() || LocalDate.parse(text).getYear() < 1) {
                        throw new DateTimeParseException("not a date of years 1 to 9999", text, 0);
                    }
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

    /**
     * A numeric text as a number; throws {@link IllegalArgumentException} when it is not one, or has more digits or
     * a larger exponent than the databases store exactly.
     */
    public static BigDecimal number(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
        if (number.precision() > MAX_DIGITS || Math.abs(number.scale()) > MAX_DIGITS) {
            throw new IllegalArgumentException("'" + text + "' has more than " + MAX_DIGITS + " digits");
        }
        return number;
    }

    /**
     * The canonical text of a date and time with an offset (RFC 3339): the same instant in UTC, e.g.
     * {@code 2024-05-01T03:00:00Z}, to the microsecond, which is what both databases keep.
     */
    private static String datetime(String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date and time with an offset"
                    + " (e.g. 2024-05-01T10:00:00+07:00)");
        }
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("'" + text + "' is outside the years 1 to 9999");
        }
        if (instant.getNano() % 1000 != 0) {
            throw new IllegalArgumentException("'" + text + "' is more precise than a microsecond");
        }
        return instant.toString();
    }
}
