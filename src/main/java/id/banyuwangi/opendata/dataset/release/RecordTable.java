package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The two tables of one dataset, made from its Table Schema the way CKAN's DataStore makes one per resource:
 * {@code rec_<name>} holds its records, each valid from its first to its last version (so storage grows by changed
 * rows only), and {@code stg_<name>} the rows of its drafts while they are uploaded. Each field of the schema is a
 * typed column {@code f_<field>}; a number field also keeps its exact text in {@code x_<field>}, so that a
 * version's downloads are the same bytes on every database. Identifiers come only from the checked schema and the
 * stored table name, are quoted, and stay within PostgreSQL's 63 bytes; values are always bound.
 */
public final class RecordTable {

    /** Longest value of an indexed text field, in UTF-8 bytes (a B-tree entry also holds the sort key). */
    public static final int MAX_INDEXED_BYTES = 1000;

    /** The expression PostgreSQL's full-text index is built on, and that searches must repeat to use it. */
    static final String SEARCH_VECTOR = "to_tsvector('simple', search_text)";

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,49}");
    private static final int MAX_PREFIX = 40;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String VALID_IN = "first_version <= ? AND (last_version IS NULL OR last_version >= ?)";

    private final String name;
    private final TableSchema schema;
    private final List<TableSchema.Field> columns;
    private final String valueColumns;
    private final int width;

    private RecordTable(String name, TableSchema schema) {
        this.name = checked(name);
        this.schema = schema;
        this.columns = schema.columns();
        this.valueColumns = columnList("");
        this.width = 4 + columns.size() + (int) columns.stream().filter(f -> f.type().equals("number")).count();
    }

    /** The tables named {@code name} (as stored with the dataset) for records of {@code schema}. */
    public static RecordTable of(String name, TableSchema schema) {
        return new RecordTable(name, schema);
    }

    /**
     * A new table name for a dataset: its id (a slug, so {@code -} becomes {@code _} without clashing) cut to 40
     * characters, and 32 random bits, so that a failed creation never leaves a table that a later one would reuse.
     */
    public static String newName(String datasetId) {
        String prefix = datasetId.replace('-', '_');
        prefix = prefix.length() > MAX_PREFIX ? prefix.substring(0, MAX_PREFIX) : prefix;
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return prefix + "_" + HexFormat.of().formatHex(suffix);
    }

    /** The stored name. */
    public String name() {
        return name;
    }

    /** The schema the tables follow. */
    public TableSchema schema() {
        return schema;
    }

    /** The quoted name of the records table. */
    String records() {
        return "\"rec_" + name + "\"";
    }

    /** The quoted name of the drafts' staging table. */
    String staged() {
        return "\"stg_" + name + "\"";
    }

    /** The quoted typed column of a field. */
    static String column(TableSchema.Field field) {
        return "\"f_" + field.name() + "\"";
    }

    /** The quoted column that holds a number field's exact text. */
    private static String exact(TableSchema.Field field) {
        return "\"x_" + field.name() + "\"";
    }

    /** The statements that create both tables and their indexes. */
    public List<String> create(SqlDialect dialect) {
        StringJoiner values = new StringJoiner(",\n    ");
        values.add("record_key VARCHAR(500) NOT NULL").add("sort_key VARCHAR(1000) NOT NULL")
                .add("geometry " + dialect.text()).add("search_text " + dialect.text() + " NOT NULL");
        for (TableSchema.Field field : columns) {
            values.add(column(field) + " " + type(field, dialect));
            if (field.type().equals("number")) {
                values.add(exact(field) + " " + dialect.text());
            }
        }
        List<String> ddl = new ArrayList<>();
        ddl.add("CREATE TABLE " + records() + " (\n    first_version INTEGER NOT NULL,\n    last_version INTEGER,\n    "
                + values + ",\n    CONSTRAINT \"rec_" + name + "_pk\" PRIMARY KEY (sort_key, first_version),\n"
                + "    CONSTRAINT \"rec_" + name + "_versions\" CHECK (last_version IS NULL"
                + " OR last_version >= first_version)\n)");
        ddl.addAll(indexes(dialect));
        ddl.add("CREATE TABLE " + staged() + " (\n    draft_id VARCHAR(36) NOT NULL,\n    row_number BIGINT NOT NULL,\n"
                + "    " + values + "\n)");
        ddl.add("CREATE INDEX \"stg_" + name + "_key\" ON " + staged() + " (draft_id, sort_key, row_number)");
        return ddl;
    }

    /**
     * The statements that create the records table's indexes besides its primary key: the version columns (for
     * diffs), {@code (f_<field>, sort_key)} for every indexed field (filters in key order), and on PostgreSQL the
     * full-text index of {@code q}.
     */
    List<String> indexes(SqlDialect dialect) {
        List<String> ddl = new ArrayList<>();
        ddl.add("CREATE INDEX " + index("first") + " ON " + records() + " (first_version)");
        ddl.add("CREATE INDEX " + index("last") + " ON " + records() + " (last_version)");
        for (int i = 0; i < columns.size(); i++) {
            if (schema.indexed(columns.get(i))) {
                ddl.add(fieldIndex(i, columns.get(i)));
            }
        }
        if (dialect == SqlDialect.POSTGRESQL) {
            ddl.add("CREATE INDEX " + index("q") + " ON " + records() + " USING GIN (" + SEARCH_VECTOR + ")");
        }
        return ddl;
    }

    /** The statements that drop what {@link #indexes} creates. */
    List<String> dropIndexes(SqlDialect dialect) {
        List<String> ddl = new ArrayList<>(List.of("DROP INDEX " + index("first"), "DROP INDEX " + index("last")));
        for (int i = 0; i < columns.size(); i++) {
            if (schema.indexed(columns.get(i))) {
                ddl.add("DROP INDEX " + fieldIndexName(i));
            }
        }
        if (dialect == SqlDialect.POSTGRESQL) {
            ddl.add("DROP INDEX " + index("q"));
        }
        return ddl;
    }

    /**
     * The statements that give the records table the field indexes of {@code next}, a schema whose storage is this
     * one's ({@link TableSchema#storageChange} is null): a field that becomes filterable gets its index, one that
     * stops being filterable loses it.
     */
    List<String> reindex(TableSchema next) {
        List<String> ddl = new ArrayList<>();
        List<TableSchema.Field> nextColumns = next.columns();
        for (int i = 0; i < columns.size(); i++) {
            boolean had = schema.indexed(columns.get(i));
            boolean has = next.indexed(nextColumns.get(i));
            if (has && !had) {
                ddl.add(fieldIndex(i, nextColumns.get(i)));
            } else if (had && !has) {
                ddl.add("DROP INDEX " + fieldIndexName(i));
            }
        }
        return ddl;
    }

    /** The quoted name of an index of the records table. */
    private String index(String suffix) {
        return "\"rec_" + name + "_" + suffix + "\"";
    }

    /** The index of the column at {@code position} (0-based): named by position, never by the field's name. */
    private String fieldIndexName(int position) {
        return index("i" + (position + 1));
    }

    /** The statement that creates the index of a field: its values in key order, for filters and their pages. */
    private String fieldIndex(int position, TableSchema.Field field) {
        return "CREATE INDEX " + fieldIndexName(position) + " ON " + records() + " (" + column(field) + ", sort_key)";
    }

    /** The text fields that {@code next} indexes and this schema does not (see {@link #reindex}). */
    List<TableSchema.Field> newlyIndexedText(TableSchema next) {
        List<TableSchema.Field> fields = new ArrayList<>();
        List<TableSchema.Field> nextColumns = next.columns();
        for (int i = 0; i < columns.size(); i++) {
            TableSchema.Field field = nextColumns.get(i);
            if (field.type().equals("string") && next.indexed(field) && !schema.indexed(columns.get(i))) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** The query of the longest value of a field, in UTF-8 bytes (null when the table has none). */
    String longest(TableSchema.Field field) {
        return "SELECT MAX(OCTET_LENGTH(" + column(field) + ")) FROM " + records();
    }

    /** The statements that drop both tables of the stored name {@code name}. */
    public static List<String> drop(String name) {
        checked(name);
        return List.of("DROP TABLE IF EXISTS \"rec_" + name + "\"", "DROP TABLE IF EXISTS \"stg_" + name + "\"");
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not the name of a records table");
        }
        return name;
    }

    private static String type(TableSchema.Field field, SqlDialect dialect) {
        return switch (field.type()) {
            case "integer" -> "BIGINT";
            case "number" -> dialect.decimal();
            case "boolean" -> "BOOLEAN";
            case "date" -> "DATE";
            case "datetime" -> "TIMESTAMP WITH TIME ZONE";
            case "year" -> "INTEGER";
            default -> dialect.text();
        };
    }

    // ---- rows: the value columns, in the order every statement below lists, binds and reads them ----

    /** The value columns, with an alias prefix such as {@code "d."} or {@code ""} (the plain list is made once). */
    String valueColumns(String alias) {
        return alias.isEmpty() ? valueColumns : columnList(alias);
    }

    private String columnList(String alias) {
        StringJoiner list = new StringJoiner(", ");
        list.add(alias + "record_key").add(alias + "sort_key").add(alias + "geometry").add(alias + "search_text");
        for (TableSchema.Field field : columns) {
            list.add(alias + column(field));
            if (field.type().equals("number")) {
                list.add(alias + exact(field));
            }
        }
        return list.toString();
    }

    /** How many value columns there are: how many result columns {@link #read} takes. */
    int width() {
        return width;
    }

    /** {@code INSERT} of one record into the records table: first version, then the value columns. */
    String insertRecord() {
        return "INSERT INTO " + records() + " (first_version, last_version, " + valueColumns("") + ") VALUES (?, ?"
                + ", ?".repeat(width()) + ")";
    }

    /** {@code INSERT} of one staged row: draft, row number, then the value columns. */
    String insertStaged() {
        return "INSERT INTO " + staged() + " (draft_id, row_number, " + valueColumns("") + ") VALUES (?, ?"
                + ", ?".repeat(width()) + ")";
    }

    /** PostgreSQL's {@code COPY} of staged rows in CSV, as {@link #copyRow} writes them. */
    String copyStaged() {
        return "COPY " + staged() + " (draft_id, row_number, " + valueColumns("") + ") FROM STDIN WITH (FORMAT csv)";
    }

    /** Binds the value columns of a record from parameter {@code first} on; returns the next parameter index. */
    int bind(PreparedStatement statement, int first, DatasetRecord record) throws SQLException {
        int p = first;
        statement.setString(p++, record.recordKey);
        statement.setString(p++, record.sortKey);
        statement.setString(p++, record.geometry);
        statement.setString(p++, record.searchText);
        for (int i = 0; i < columns.size(); i++) {
            TableSchema.Field field = columns.get(i);
            String text = record.text(i + 1);
            bindValue(statement, p++, field, text);
            if (field.type().equals("number")) {
                statement.setString(p++, text.isEmpty() ? null : text);
            }
        }
        return p;
    }

    /** Writes one staged row as a line of the CSV that {@link #copyStaged} reads: NULL unquoted, values quoted. */
    void copyRow(StringBuilder out, String draftId, long row, DatasetRecord record) {
        out.append(draftId).append(',').append(row);
        for (String value : new String[] {record.recordKey, record.sortKey, record.geometry, record.searchText}) {
            out.append(',');
            quoted(out, value == null ? "" : value, value != null);
        }
        for (int i = 0; i < columns.size(); i++) {
            String text = record.text(i + 1);
            int copies = columns.get(i).type().equals("number") ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                out.append(',');
                quoted(out, text, !text.isEmpty());
            }
        }
        out.append('\n');
    }

    private static void quoted(StringBuilder out, String value, boolean present) {
        if (!present) {
            return;
        }
        out.append('"').append(value.indexOf('"') < 0 ? value : value.replace("\"", "\"\"")).append('"');
    }

    /** Reads the value columns of a record from result column {@code first} on. */
    DatasetRecord read(ResultSet rows, int first) throws SQLException {
        int c = first;
        String recordKey = rows.getString(c++);
        String sortKey = rows.getString(c++);
        String geometry = rows.getString(c++);
        String searchText = rows.getString(c++);
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            TableSchema.Field field = columns.get(i);
            if (field.type().equals("number")) {
                c++;
                String text = rows.getString(c++);
                values[i] = text == null ? "" : text;
            } else {
                values[i] = text(rows, c++, field);
            }
        }
        return new DatasetRecord(recordKey, sortKey, geometry, searchText, values);
    }

    private static String text(ResultSet rows, int c, TableSchema.Field field) throws SQLException {
        String text = switch (field.type()) {
            case "integer" -> {
                long value = rows.getLong(c);
                yield rows.wasNull() ? null : Long.toString(value);
            }
            case "boolean" -> {
                boolean value = rows.getBoolean(c);
                yield rows.wasNull() ? null : Boolean.toString(value);
            }
            case "year" -> {
                int value = rows.getInt(c);
                yield rows.wasNull() ? null : String.format("%04d", value);
            }
            case "date" -> {
                LocalDate value = rows.getObject(c, LocalDate.class);
                yield value == null ? null : value.toString();
            }
            case "datetime" -> {
                OffsetDateTime value = rows.getObject(c, OffsetDateTime.class);
                yield value == null ? null : value.toInstant().toString();
            }
            default -> rows.getString(c);
        };
        return text == null ? "" : text;
    }

    /** Binds the canonical text of a field's value (empty: NULL) as the column's type. */
    static void bindValue(PreparedStatement statement, int p, TableSchema.Field field, String text)
            throws SQLException {
        switch (field.type()) {
            case "integer" -> {
                if (text.isEmpty()) {
                    statement.setNull(p, Types.BIGINT);
                } else {
                    statement.setLong(p, Long.parseLong(text));
                }
            }
            case "number" -> statement.setBigDecimal(p, text.isEmpty() ? null : new BigDecimal(text));
            case "boolean" -> {
                if (text.isEmpty()) {
                    statement.setNull(p, Types.BOOLEAN);
                } else {
                    statement.setBoolean(p, Boolean.parseBoolean(text));
                }
            }
            case "year" -> {
                if (text.isEmpty()) {
                    statement.setNull(p, Types.INTEGER);
                } else {
                    statement.setInt(p, Integer.parseInt(text));
                }
            }
            case "date" -> statement.setObject(p, text.isEmpty() ? null : LocalDate.parse(text), Types.DATE);
            case "datetime" -> statement.setObject(p, text.isEmpty() ? null
                    : OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
            default -> statement.setString(p, text.isEmpty() ? null : text);
        }
    }

    // ---- conditions ----

    /** The condition that a row belongs to a version; binds the version twice. */
    static String validIn() {
        return VALID_IN;
    }

    /** The condition that rows {@code a} and {@code b} (aliases) hold the same values and geometry. */
    String sameContent(String a, String b) {
        StringJoiner same = new StringJoiner(" AND ", "(", ")");
        same.add(a + ".geometry IS NOT DISTINCT FROM " + b + ".geometry");
        for (TableSchema.Field field : columns) {
            String column = field.type().equals("number") ? exact(field) : column(field);
            same.add(a + "." + column + " IS NOT DISTINCT FROM " + b + "." + column);
        }
        return same.toString();
    }
}
