package id.banyuwangi.opendata.common.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes rows one at a time to a stream, so that a page and a download of a million rows share one encoder.
 * CSV (RFC 4180, UTF-8, header row, CRLF, in a {@link CsvDialect}): the columns are the JSON keys of the row type
 * in the same order except {@code links}; a list of values is joined with "; ", a nested object is its JSON text,
 * numbers are plain.
 * NDJSON: each row is one line of compact JSON.
 */
public abstract class RowWriter implements AutoCloseable {

    private static final String LINKS = "links";
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    /** Writes one row. */
    public abstract void write(Object row);

    @Override
    public abstract void close();

    /**
     * The RFC 4180 writer every CSV of the service goes through: the header row at once, then one list of cells per
     * row, CRLF line ends, quotes only where a cell needs them.
     */
    public static SequenceWriter csvCells(List<String> columns, OutputStream out) throws IOException {
        return csvCells(columns, out, CsvDialect.STANDARD);
    }

    /** The CSV writer of a dialect: its byte order mark and separator, then as {@link #csvCells(List, OutputStream)}. */
    public static SequenceWriter csvCells(List<String> columns, OutputStream out, CsvDialect dialect)
            throws IOException {
        byteOrderMark(out, dialect);
        // one flush at the end, not one per row: the stream below buffers
        return CSV.writer(schema(columns, dialect)).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .writeValues(out);
    }

    /** The byte order mark a spreadsheet dialect starts with; nothing for the standard one. */
    private static void byteOrderMark(OutputStream out, CsvDialect dialect) throws IOException {
        if (dialect.spreadsheet()) {
            out.write(CsvDialect.BOM);
        }
    }

    private static CsvSchema schema(List<String> columns, CsvDialect dialect) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n")
                .setColumnSeparator(dialect.separator());
        columns.forEach(schema::addColumn);
        return schema.build();
    }

    /**
     * Writes the standard CSV {@code in} (header row first) again in {@code dialect}, as it is read; {@code columns}
     * says what each column, by name, holds.
     */
    public static void recode(InputStream in, OutputStream out, CsvDialect dialect,
            Function<String, CsvDialect.Column> columns) throws IOException {
        try (MappingIterator<List<String>> rows = rows(in)) {
            if (!rows.hasNext()) {
                return;
            }
            List<String> header = rows.next();
            List<CsvDialect.Column> kinds = header.stream().map(columns).toList();
            try (SequenceWriter writer = csvCells(header, out, dialect)) {
                while (rows.hasNext()) {
                    List<String> row = rows.next();
                    List<String> cells = new ArrayList<>(row.size());
                    for (int i = 0; i < row.size(); i++) {
                        cells.add(dialect.cell(row.get(i), kinds.get(i)));
                    }
                    writer.write(cells);
                }
            }
        }
    }

    /** The rows of the CSV {@code in}, the header row first, each as its cells, read as they are needed. */
    public static MappingIterator<List<String>> rows(InputStream in) throws IOException {
        return CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in);
    }

    /**
     * A CSV writer for rows of {@code rowType}, with the header written at once. Each cell is read from its property
     * as it is (no JSON tree per row); only values that are not plain strings, whole numbers, decimals or booleans go
     * through Jackson, and a column repeating the value of the row before (a release, say) repeats its cell.
     */
    public static RowWriter csv(ObjectMapper json, Class<?> rowType, OutputStream out, CsvDialect dialect) {
        List<Column> columns = columns(json, rowType).stream().map(p -> new Column(json, p, dialect)).toList();
        try {
            byteOrderMark(out, dialect);
            // the generator itself rather than a sequence writer: no serializer per list and cell, and a repeated
            // cell goes out as the text it was encoded to once
            CsvGenerator generator = CSV.getFactory().createGenerator(out);
            generator.setSchema(schema(columns.stream().map(Column::name).toList(), dialect));
            return new RowWriter() {
                @Override
                public void write(Object row) {
                    try {
                        generator.writeStartArray();
                        for (Column column : columns) {
                            column.write(row, generator);
                        }
                        generator.writeEndArray();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        generator.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An NDJSON writer. */
    public static RowWriter ndjson(ObjectMapper json, OutputStream out) {
        ObjectWriter writer = json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return new RowWriter() {
            @Override
            public void write(Object row) {
                try {
                    writer.writeValue(out, row);
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static List<BeanPropertyDefinition> columns(ObjectMapper json, Class<?> rowType) {
        JavaType type = json.constructType(rowType);
        List<BeanPropertyDefinition> properties = new ArrayList<>();
        for (BeanPropertyDefinition property : json.getSerializationConfig().introspect(type).findProperties()) {
            if (!LINKS.equals(property.getName())) {
                properties.add(property);
            }
        }
        return properties;
    }

    /**
     * One column of a CSV writer: the property it reads and the encoded cell of the last value it saw. A plain value
     * becomes its cell as {@link #cell(JsonNode, CsvDialect)} would make it of the value's JSON node (decimals without
     * trailing zeros, as Jackson's nodes keep them); any other value, and any value of a property with its own
     * serialisation, goes through its JSON node, and its cell is encoded (quoted where it must be) once for each run
     * of rows repeating it.
     */
    private static final class Column {
        private final ObjectMapper json;
        private final BeanPropertyDefinition property;
        private final CsvDialect dialect;
        private final boolean customised;
        /** Encodes one cell alone, as the row's encoder would write it in this column, without a line end. */
        private final ObjectWriter cellEncoder;
        private Object lastValue;
        private String lastEncoded;

        Column(ObjectMapper json, BeanPropertyDefinition property, CsvDialect dialect) {
            this.json = json;
            this.property = property;
            this.dialect = dialect;
            AnnotatedMember accessor = property.getAccessor();
            accessor.fixAccess(true); // the row type may be package-private
            this.customised = accessor.hasAnnotation(JsonSerialize.class) || accessor.hasAnnotation(JsonRawValue.class)
                    || accessor.hasAnnotation(JsonFormat.class);
            this.cellEncoder = CSV.writer(CsvSchema.builder().addColumn(property.getName()).setLineSeparator("")
                    .setColumnSeparator(dialect.separator()).build());
        }

        String name() {
            return property.getName();
        }

        void write(Object row, CsvGenerator generator) throws IOException {
            Object value = property.getAccessor().getValue(row);
            String plain = value == null ? "" : customised ? null : plainCell(value);
            if (plain != null) {
                generator.writeString(plain);
                return;
            }
            if (!value.equals(lastValue)) {
                String cell = RowWriter.cell(json.valueToTree(value), dialect);
                lastEncoded = cellEncoder.writeValueAsString(List.of(cell));
                lastValue = value;
            }
            generator.writeRawValue(lastEncoded);
        }

        /** The cell of a string, whole number, decimal or boolean; null for any other value. */
        private String plainCell(Object value) {
            if (value instanceof String text) {
                return dialect.text(text);
            }
            if (value instanceof BigDecimal decimal) {
                return dialect.number(decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString());
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof BigInteger) {
                return dialect.number(value.toString());
            }
            if (value instanceof Boolean) {
                return value.toString();
            }
            return null;
        }
    }

    private static String cell(JsonNode value, CsvDialect dialect) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return dialect.number(value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asText());
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        if (value.isValueNode()) {
            return dialect.text(value.asText());
        }
        if (value.isArray() && allValues(value)) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText()));
            return dialect.text(String.join("; ", parts));
        }
        return dialect.text(value.toString());
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isValueNode()) {
                return false;
            }
        }
        return true;
    }
}
