package id.banyuwangi.opendata.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowWriterTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new JavaTimeModule())
            .build();

    enum Level { VILLAGE }

    record Release(String dataset, int version) {
    }

    record Links(String self) {
    }

    record Row(long id, String name, BigDecimal value, Integer count, Boolean open, Level level, LocalDate day,
            List<String> tags, Release release, Links links) {
    }

    private static String csv(CsvDialect dialect, Row... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriter.csv(JSON, Row.class, out, dialect)) {
            for (Row row : rows) {
                writer.write(row);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cellsAreThoseOfTheJsonValuesWithoutTheLinks() {
        Row row = new Row(7, "Sarongan, \"Pesisir\"", new BigDecimal("0.913300"), 12, true, Level.VILLAGE,
                LocalDate.of(2024, 6, 1), List.of("a", "b"), new Release("idm", 2), new Links("x"));
        assertEquals("id,name,value,count,open,level,day,tags,release\r\n"
                + "7,\"Sarongan, \"\"Pesisir\"\"\",0.9133,12,true,VILLAGE,2024-06-01,a; b,"
                + "\"{\"\"dataset\"\":\"\"idm\"\",\"\"version\"\":2}\"\r\n", csv(CsvDialect.STANDARD, row));
    }

    @Test
    void noRowsIsTheHeaderAlone() {
        assertEquals("id,name,value,count,open,level,day,tags,release\r\n", csv(CsvDialect.STANDARD));
        assertEquals("\uFEFFid;name;value;count;open;level;day;tags;release\r\n", csv(CsvDialect.SPREADSHEET_ID));
    }

    @Test
    void aRepeatedNestedCellIsQuotedAsAnyOtherInTheSemicolonDialect() {
        Release release = new Release("a;b", 1);
        String body = csv(CsvDialect.SPREADSHEET_ID, row(release), row(release));
        String cell = "\"{\"\"dataset\"\":\"\"a;b\"\",\"\"version\"\":1}\"";
        assertEquals("\uFEFFid;name;value;count;open;level;day;tags;release\r\n1;x;;;;;;;" + cell + "\r\n1;x;;;;;;;"
                + cell + "\r\n", body);
    }

    @Test
    void decimalsAreWrittenPlainlyWithoutTrailingZeros() {
        assertEquals("100|0|1.5|12345678901234567890", String.join("|",
                valueCell("100.000"), valueCell("0.000"), valueCell("1.50"), valueCell("12345678901234567890")));
    }

    @Test
    void nullsAreEmptyCells() {
        assertEquals("id,name,value,count,open,level,day,tags,release\r\n1,,,,,,,,\r\n",
                csv(CsvDialect.STANDARD, new Row(1, null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void aRepeatedNestedValueRepeatsItsCellAndAnotherGetsItsOwn() throws IOException {
        Release first = new Release("idm", 1);
        String body = csv(CsvDialect.STANDARD, row(first), row(new Release("idm", 1)), row(new Release("pop", 3)),
                row(first));
        String idm = "{\"dataset\":\"idm\",\"version\":1}";
        assertEquals(List.of("release", idm, idm, "{\"dataset\":\"pop\",\"version\":3}", idm), lastCells(body));
    }

    @Test
    void theIndonesianSpreadsheetDialectWritesDecimalCommasAndKeepsCodesText() {
        Row row = new Row(3, "35.10", new BigDecimal("0.50"), 2, false, null, null, null, null, null);
        assertEquals("\uFEFFid;name;value;count;open;level;day;tags;release\r\n"
                + "3;\"=\"\"35.10\"\"\";0,5;2;false;;;;\r\n", csv(CsvDialect.SPREADSHEET_ID, row));
    }

    private static Row row(Release release) {
        return new Row(1, "x", null, null, null, null, null, null, release, null);
    }

    private static String valueCell(String decimal) {
        String body = csv(CsvDialect.STANDARD,
                new Row(1, null, new BigDecimal(decimal), null, null, null, null, null, null, null));
        return body.split("\r\n")[1].split(",")[2];
    }

    private static List<String> lastCells(String body) throws IOException {
        List<String> cells = new ArrayList<>();
        try (MappingIterator<List<String>> rows = RowWriter.rows(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))) {
            rows.forEachRemaining(row -> cells.add(row.get(row.size() - 1)));
        }
        return cells;
    }
}
