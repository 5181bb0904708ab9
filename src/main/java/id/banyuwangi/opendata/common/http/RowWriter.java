package id.banyuwangi.opendata.common.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
        if (dialect.spreadsheet()) {
            out.write(CsvDialect.BOM);
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n")
                .setColumnSeparator(dialect.separator());
        columns.forEach(schema::addColumn);
        return CSV.writer(schema.build()).writeValues(out);
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

    /** A CSV writer for rows of {@code rowType}, with the header written at once. */
    public static RowWriter csv(ObjectMapper json, Class<?> rowType, OutputStream out, CsvDialect dialect) {
        List<String> columns = columns(json, rowType);
        try {
            SequenceWriter writer = csvCells(columns, out, dialect);
            return new RowWriter() {
                @Override
                public void write(Object row) {
                    JsonNode node = json.valueToTree(row);
                    List<String> cells = new ArrayList<>(columns.size());
                    columns.forEach(c -> cells.add(cell(node.get(c), dialect)));
                    try {
                        writer.write(cells);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        writer.close();
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

    private static List<String> columns(ObjectMapper json, Class<?> rowType) {
        JavaType type = json.constructType(rowType);
        List<String> names = new ArrayList<>();
        for (BeanPropertyDefinition property : json.getSerializationConfig().introspect(type).findProperties()) {
            if (!LINKS.equals(property.getName())) {
                names.add(property.getName());
            }
        }
        return names;
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
