package id.banyuwangi.opendata.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.common.hash.Sha256;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV for spreadsheets ({@code spreadsheet=en|id}) as bytes: what it writes where the plain CSV does not. */
@QuarkusTest
class SpreadsheetCsvTest {

    private static final String BOM = "\uFEFF";

    @Test
    void aListForAnIndonesianSpreadsheetHasSemicolonsDecimalCommasAndCodesAsText() {
        String plain = text("/api/v1/observations?area_code=35.10&indicator=area&period=2025&format=csv");
        String id = text("/api/v1/observations?area_code=35.10&indicator=area&period=2025&format=csv"
                + "&spreadsheet=id");
        assertTrue(plain.startsWith("id,indicator_code,area_code,"), plain);
        assertTrue(plain.contains(",35.10,Kabupaten Banyuwangi,regency,2025,3593.849,"), plain);
        assertTrue(id.startsWith(BOM + "id;indicator_code;area_code;"), id);
        assertTrue(id.contains(";\"=\"\"35.10\"\"\";Kabupaten Banyuwangi;regency;\"=\"\"2025\"\"\";3593,849;"), id);
    }

    @Test
    void aListForAnEnglishSpreadsheetKeepsCommasAndDecimalPoints() {
        String en = text("/api/v1/villages?district_code=35.10.01&limit=1&format=csv&spreadsheet=en");
        assertTrue(en.startsWith(BOM + "code,name,type,district_code,"), en);
        String row = en.split("\r\n")[1];
        assertTrue(row.startsWith("\"=\"\"35.10.01.2001\"\"\",Sarongan,desa,\"=\"\"35.10.01\"\"\",Pesanggaran,"), row);
    }

    @Test
    void aVersionDownloadForASpreadsheetIsWrittenFromTheVersionsCsv() {
        String plain = text("/api/v1/datasets/idm/versions/latest/download");
        String id = text("/api/v1/datasets/idm/versions/latest/download?spreadsheet=id");
        String[] plainLines = plain.split("\r\n");
        String[] idLines = id.substring(BOM.length()).split("\r\n");
        assertEquals(plainLines.length, idLines.length);
        assertEquals(String.join(";", plainLines[0].split(",")), idLines[0]);
        // A score is a number with a decimal comma, a status stays a word, codes and periods stay text.
        assertTrue(Arrays.asList(idLines).contains(
                "\"=\"\"35.10.02.2001\"\"\";idm_score;\"=\"\"2024\"\"\";0,877;index_0_1;KEMENDESA_IDM2024_KRISTONOVA;"),
                String.join("\n", Arrays.asList(idLines).subList(0, 5)));
        assertTrue(Arrays.stream(idLines).anyMatch(l -> l.contains(";idm_status;\"=\"\"2024\"\"\";MANDIRI;")));
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        given().get("/api/v1/datasets/idm/versions/latest/download?spreadsheet=id").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"idm-v2-spreadsheet-id.csv\"")
                .header("Accept-Ranges", "bytes")
                .header("Content-Length", String.valueOf(bytes.length))
                .header("ETag", "\"idm-v2-spreadsheet-id-" + Sha256.hex(bytes).substring(0, 16) + "\"");
    }

    @Test
    void theSpreadsheetParameterIsForCsvOnly() {
        for (String url : List.of("/api/v1/villages?spreadsheet=en",
                "/api/v1/datasets/idm/versions/latest/download?format=json&spreadsheet=id",
                "/api/v1/observations/download?format=ndjson&spreadsheet=en&indicator=idm_score")) {
            given().get(url).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("spreadsheet")).body("errors.detail", hasItem("applies to CSV only"));
        }
        given().get("/api/v1/villages?format=csv&spreadsheet=excel").then().statusCode(400)
                .body("errors.detail", hasItem(
                        "must be en (decimal point) or id (decimal comma, semicolon-separated)"));
    }

    @Test
    void theOpenApiDocumentOffersTheParameterWhereThereIsCsv() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("en", "id"), document.getList(
                "paths.'/api/v1/villages'.get.parameters.find { it.name == 'spreadsheet' }.schema.enum"));
        assertNull(document.get(
                "paths.'/api/v1/datasets'.get.parameters.find { it.name == 'spreadsheet' }"));
        given().get("/api/v1/observations/download?indicator=idm_score&period=2024&spreadsheet=id").then()
                .statusCode(200).body(startsWith(BOM + "id;indicator_code;"));
    }

    private static String text(String url) {
        return new String(given().get(url).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
    }
}
