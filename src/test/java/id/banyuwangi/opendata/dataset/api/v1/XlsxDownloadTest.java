package id.banyuwangi.opendata.dataset.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.common.hash.Sha256;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** A version as an XLSX workbook ({@code format=xlsx}), read back cell by cell. */
@QuarkusTest
class XlsxDownloadTest {

    private static final String VILLAGES = "/api/v1/datasets/villages/versions/2/download?format=xlsx";

    @Test
    void theRecordsSheetHasCodesAsTextAndNumbersAsNumbers() throws IOException {
        byte[] xlsx = given().get(VILLAGES).then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"villages-v2.xlsx\"")
                .extract().asByteArray();
        JsonPath json = given().get("/api/v1/datasets/villages/versions/2/records?limit=1000").then()
                .statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<Map<String, Object>> records = json.getList("items");
        Map<String, Map<String, Object>> byCode = new HashMap<>();
        records.forEach(r -> byCode.put((String) r.get("code"), r));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(cell -> cell.getText()).toList();
            assertEquals(List.of("code", "name", "type", "district_code", "district_name", "postal_code", "bps_code",
                    "lat", "lon", "polygon_area_km2"), header);
            assertEquals(218, rows.size());
            for (Row row : rows.subList(1, rows.size())) {
                Map<String, Object> record = byCode.get(row.getCell(0).asString());
                for (int c = 0; c < header.size(); c++) {
                    Object expected = record.get(header.get(c));
                    if (expected == null) {
                        assertTrue(row.getOptionalCell(c).map(cell -> cell.getType() == CellType.EMPTY).orElse(true));
                    } else if (expected instanceof BigDecimal number) {
                        assertEquals(CellType.NUMBER, row.getCell(c).getType(), header.get(c));
                        assertEquals(0, number.compareTo(row.getCell(c).asNumber()), header.get(c));
                    } else {
                        assertEquals(CellType.STRING, row.getCell(c).getType(), header.get(c) + " stays text");
                        assertEquals(expected, row.getCell(c).asString(), header.get(c));
                    }
                }
            }
            assertEquals(217, byCode.size());
        }
        String sheet = entry(xlsx, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("state=\"frozen\""), "the header row stays in view");
        assertTrue(entry(xlsx, "xl/styles.xml").contains("<b/>"), "the header row is bold");
    }

    @Test
    void theSecondSheetHasTheLicenceAndTheCitation() throws IOException {
        byte[] xlsx = given().get("/api/v1/datasets/idm/versions/2/download?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        String citation = given().get("/api/v1/datasets/idm/versions/2/citation").then().statusCode(200)
                .extract().asString().strip();
        String license = given().get("/api/v1/datasets/idm").then().statusCode(200).extract().path("license.title");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, String> about = new HashMap<>();
            workbook.findSheet("Licence").orElseThrow().read()
                    .forEach(row -> about.put(row.getCell(0).asString(), row.getCell(1).asString()));
            assertEquals(citation, about.get("Citation (APA)"));
            assertEquals("2", about.get("Version"));
            assertTrue(about.get("Licence").startsWith(license + " ("), about.get("Licence"));
            assertEquals(given().get("/api/v1/datasets/idm/versions/2").then().extract().path("sha256"),
                    about.get("SHA-256 of the CSV"));
        }
    }

    @Test
    void aVersionsWorkbookIsAFileWithItsLengthRangesAndTheSameBytesEveryTime() {
        Response first = given().get(VILLAGES);
        first.then().statusCode(200).header("Accept-Ranges", "bytes");
        byte[] bytes = first.asByteArray();
        assertEquals(String.valueOf(bytes.length), first.header("Content-Length"));
        String sha = Sha256.hex(bytes);
        assertEquals("\"villages-v2-xlsx-" + sha.substring(0, 16) + "\"", first.header("ETag"),
                "a strong ETag from the workbook's own SHA-256");
        assertTrue(Arrays.equals(bytes, given().get(VILLAGES).then().statusCode(200).extract().asByteArray()));
        byte[] tail = given().header("Range", "bytes=100-").get(VILLAGES).then().statusCode(206)
                .header("Content-Range", "bytes 100-" + (bytes.length - 1) + "/" + bytes.length)
                .extract().asByteArray();
        assertTrue(Arrays.equals(Arrays.copyOfRange(bytes, 100, bytes.length), tail), "a broken download resumes");
    }

    @Test
    void aWorkbookIsNotACsv() {
        given().get(VILLAGES + "&bom=true").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("bom"));
        given().get(VILLAGES + "&spreadsheet=id").then().statusCode(400).body("errors.field", hasItem("spreadsheet"));
        String etag = given().get(VILLAGES).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get(VILLAGES).then().statusCode(304);
    }

    private static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("workbook", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile workbook = new ZipFile(file.toFile())) {
                ZipEntry entry = workbook.getEntry(name);
                assertTrue(entry != null, "no " + name + " in the workbook");
                return new String(workbook.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
