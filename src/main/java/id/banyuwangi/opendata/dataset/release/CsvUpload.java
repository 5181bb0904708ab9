package id.banyuwangi.opendata.dataset.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an uploaded CSV (RFC 4180, UTF-8 without a byte order mark, a header row of field names) into a draft,
 * row by row, in constant memory. Problems of the file as a whole (empty, not UTF-8, a header that does not fit
 * the schema) end the upload at once; problems of rows are collected by the draft and reported together.
 */
final class CsvUpload {

    private static final ObjectReader ROWS = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(RowChecker.MAX_GEOMETRY + 1).build())
                    .build())
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build()
            .readerForListOf(String.class);

    private CsvUpload() {
    }

    /** Reads every row of {@code body} into {@code staging}; throws {@link InvalidRowsException} for the file. */
    static void read(InputStream body, DatasetPublisher.Staging staging) throws IOException {
        Reader text = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        long row = 0;
        try (MappingIterator<List<String>> rows = ROWS.readValues(text)) {
            if (!rows.hasNextValue()) {
                throw fileProblem("the file is empty; a CSV upload starts with a header row of field names");
            }
            List<String> header = rows.nextValue();
            TableSchema schema = staging.schema();
            checkHeader(header, schema);
            TableSchema.Field geometry = schema.geometryField();
            while (rows.hasNextValue()) {
                List<String> cells = rows.nextValue();
                row++;
                if (cells.size() != header.size()) {
                    staging.reject(row, "", "has " + cells.size() + " values; the header has " + header.size());
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), cells.get(i));
                }
                staging.add(values, geometry == null ? null : values.get(geometry.name()));
            }
        } catch (CharacterCodingException e) {
            unreadable(staging, row, "is not valid UTF-8; save the file as CSV UTF-8");
        } catch (JsonProcessingException e) {
            unreadable(staging, row, "cannot be read as CSV (RFC 4180): " + e.getOriginalMessage());
        }
    }

    /** Reading stops at a row that cannot be parsed: the rows after it cannot be told apart reliably. */
    private static void unreadable(DatasetPublisher.Staging staging, long lastRow, String problem) {
        if (lastRow == 0) {
            throw fileProblem("the header " + problem);
        }
        staging.reject(lastRow + 1, "", problem);
    }

    private static void checkHeader(List<String> header, TableSchema schema) {
        InvalidRowsException.Collector errors = new InvalidRowsException.Collector();
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            throw fileProblem("the file starts with a byte order mark; save it as CSV UTF-8 without BOM");
        }
        Set<String> known = new HashSet<>();
        schema.fields().forEach(f -> known.add(f.name()));
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!known.contains(name)) {
                errors.add(0, name, "is not a field of the table schema (fields: " + String.join(", ",
                        schema.fields().stream().map(TableSchema.Field::name).toList()) + ")");
            } else if (!seen.add(name)) {
                errors.add(0, name, "appears twice in the header");
            }
        }
        List<String> missing = new ArrayList<>();
        schema.fields().stream().filter(f -> f.required() && !seen.contains(f.name()))
                .forEach(f -> missing.add(f.name()));
        missing.forEach(name -> errors.add(0, name, "is required but missing from the header"));
        if (errors.any()) {
            throw errors.exception();
        }
    }

    private static InvalidRowsException fileProblem(String problem) {
        InvalidRowsException.Collector errors = new InvalidRowsException.Collector();
        errors.add(0, "", problem);
        return errors.exception();
    }
}
