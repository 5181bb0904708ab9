package id.banyuwangi.opendata.common.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.RequiresLibreOffice;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The spreadsheet CSVs opened as a journalist's spreadsheet opens them: LibreOffice Calc, headless, imports each
 * file with the separator of its dialect under the locale it is made for (en-US, or id-ID with its decimal comma),
 * and the cells are read back from the document it writes. Codes must come back as text, numbers as the same
 * numbers; the plain CSV, opened the same way, shows what goes wrong without the option.
 */
@QuarkusTest
@RequiresLibreOffice
class SpreadsheetLibreOfficeTest {

    private static final String EN_US = "1033";
    private static final String ID_ID = "1057";

    @TempDir
    static Path work;

    /** Each village's polygon area as the JSON records give it. */
    private static Map<String, Double> polygonAreas() {
        JsonPath records = given().get("/api/v1/datasets/villages/versions/latest/records?limit=1000"
                + "&fields=code,polygon_area_km2").then().statusCode(200).extract().jsonPath()
                .using(JsonPathConfig.jsonPathConfig().numberReturnType(NumberReturnType.DOUBLE));
        Map<String, Double> polygonAreas = new HashMap<>();
        List<Map<String, Object>> items = records.getList("items");
        items.forEach(item -> polygonAreas.put((String) item.get("code"),
                item.get("polygon_area_km2") == null ? null : ((Number) item.get("polygon_area_km2")).doubleValue()));
        assertEquals(217, polygonAreas.size());
        return polygonAreas;
    }

    @Test
    void anEnglishSpreadsheetReadsTheRegencyCodeAsTextAndTheScoreAsANumber() throws Exception {
        assertCodesAndScores("en", ',', EN_US);
    }

    @Test
    void anIndonesianSpreadsheetReadsTheRegencyCodeAsTextAndTheScoreAsANumber() throws Exception {
        assertCodesAndScores("id", ';', ID_ID);
    }

    @Test
    void anIndonesianSpreadsheetReadsEveryPolygonAreaAsTheNumberItIs() throws Exception {
        Map<String, Double> polygonAreas = polygonAreas();
        List<List<Cell>> rows = open("/api/v1/datasets/villages/versions/latest/download?spreadsheet=id", ';', ID_ID);
        int code = column(rows, "code");
        int area = column(rows, "polygon_area_km2");
        int checked = 0;
        for (List<Cell> row : rows.subList(1, rows.size())) {
            assertEquals("string", row.get(code).type(), row.toString());
            Double expected = polygonAreas.get(row.get(code).text());
            if (expected != null) {
                assertEquals("float", row.get(area).type(), row.toString());
                assertEquals(expected, row.get(area).number(), 1e-9, row.toString());
                checked++;
            }
        }
        assertEquals(217, rows.size() - 1);
        assertEquals(polygonAreas.values().stream().filter(v -> v != null).count(), checked);
        assertTrue(checked > 0);
    }

    @Test
    void theWorkbookOpensWithCodesAsTextAndAreasAsNumbers() throws Exception {
        Map<String, Double> polygonAreas = polygonAreas();
        List<List<Cell>> rows = open("/api/v1/datasets/villages/versions/latest/download?format=xlsx", null, null);
        int code = column(rows, "code");
        int area = column(rows, "polygon_area_km2");
        assertEquals(217, rows.size() - 1);
        for (List<Cell> row : rows.subList(1, rows.size())) {
            assertEquals("string", row.get(code).type(), row.toString());
            Double expected = polygonAreas.get(row.get(code).text());
            if (expected != null) {
                assertEquals(expected, row.get(area).number(), 1e-9, row.toString());
            }
        }
    }

    @Test
    void thePlainCsvIsWhatSpreadsheetsMisread() throws Exception {
        List<List<Cell>> en = open("/api/v1/observations?area_code=35.10&indicator=area&period=2025&format=csv",
                ',', EN_US);
        assertEquals(new Cell("float", "35.1", 35.1), en.get(1).get(column(en, "area_code")));
        List<List<Cell>> id = open("/api/v1/datasets/idm/versions/latest/download", ',', ID_ID);
        assertEquals(877.0, row(id, "35.10.02.2001", "idm_score", "2024").get(column(id, "value")).number());
    }

    /** The regency's area and a village's IDM score, from a list and from a version download. */
    private static void assertCodesAndScores(String dialect, char separator, String locale) throws Exception {
        List<List<Cell>> observations = open("/api/v1/observations?area_code=35.10&indicator=area&period=2025"
                + "&format=csv&spreadsheet=" + dialect, separator, locale);
        assertEquals(2, observations.size());
        assertEquals(new Cell("string", "35.10", null), observations.get(1).get(column(observations, "area_code")));
        assertEquals(new Cell("string", "2025", null), observations.get(1).get(column(observations, "period")));
        assertEquals(3593.849, observations.get(1).get(column(observations, "value")).number());
        List<List<Cell>> idm = open("/api/v1/datasets/idm/versions/latest/download?spreadsheet=" + dialect,
                separator, locale);
        List<Cell> score = row(idm, "35.10.02.2001", "idm_score", "2024");
        assertEquals("float", score.get(column(idm, "value")).type());
        assertEquals(0.877, score.get(column(idm, "value")).number());
        assertEquals(new Cell("string", "MANDIRI", null),
                row(idm, "35.10.02.2001", "idm_status", "2024").get(column(idm, "value")));
    }

    /** A cell as LibreOffice read it: its value type, its text, and its number when it is one. */
    record Cell(String type, String text, Double number) {
    }

    /**
     * Downloads {@code url}, opens it in LibreOffice Calc (as a CSV with this separator under this locale, or as a
     * workbook when the locale is null) and returns the cells of its first sheet.
     */
    private static List<List<Cell>> open(String url, Character separator, String locale) throws Exception {
        Path csv = Files.createTempFile(work, "download", locale == null ? ".xlsx" : ".csv");
        Files.write(csv, given().get(url).then().statusCode(200).extract().asByteArray());
        Path out = Files.createTempDirectory(work, "calc");
        List<String> command = new ArrayList<>(List.of(RequiresLibreOffice.Condition.soffice().orElseThrow()
                .toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless"));
        if (locale != null) {
            // CSV import options: separator, text delimiter ("), UTF-8 (76), from line 1, standard formats, locale.
            command.add("--infilter=CSV:" + (int) separator + ",34,76,1,," + locale);
        }
        command.addAll(List.of("--convert-to", "fods", "--outdir", out.toString(), csv.toString()));
        Process soffice = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish within 120 s");
        Path document = out.resolve(csv.getFileName().toString().replaceAll("\\.(csv|xlsx)$", ".fods"));
        assertTrue(Files.exists(document), "LibreOffice wrote no document: " + Files.readString(
                work.resolve("soffice.log")));
        return cells(document);
    }

    private static List<List<Cell>> cells(Path document) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        String table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        Element firstSheet = (Element) factory.newDocumentBuilder().parse(document.toFile())
                .getElementsByTagNameNS(table, "table").item(0);
        NodeList rows = firstSheet.getElementsByTagNameNS(table, "table-row");
        List<List<Cell>> result = new ArrayList<>();
        for (int r = 0; r < rows.getLength(); r++) {
            List<Cell> row = new ArrayList<>();
            NodeList cells = ((Element) rows.item(r)).getElementsByTagNameNS(table, "table-cell");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                String type = cell.getAttributeNS(office, "value-type");
                String value = cell.getAttributeNS(office, "value");
                int repeated = cell.hasAttributeNS(table, "number-columns-repeated")
                        ? Integer.parseInt(cell.getAttributeNS(table, "number-columns-repeated")) : 1;
                Cell read = new Cell(type, cell.getTextContent().strip(),
                        type.equals("float") ? Double.valueOf(value) : null);
                for (int i = 0; i < repeated && row.size() < 64; i++) {
                    row.add(read);
                }
            }
            if (row.stream().anyMatch(cell -> !cell.text().isEmpty())) {
                result.add(row);
            }
        }
        return result;
    }

    private static int column(List<List<Cell>> rows, String name) {
        List<String> header = rows.get(0).stream().map(Cell::text).toList();
        assertTrue(header.contains(name), name + " not in " + header);
        return header.indexOf(name);
    }

    private static List<Cell> row(List<List<Cell>> rows, String area, String indicator, String period) {
        int a = column(rows, "area_code");
        int i = column(rows, "indicator");
        int p = column(rows, "period");
        return rows.stream()
                .filter(row -> row.get(a).text().equals(area) && row.get(i).text().equals(indicator)
                        && row.get(p).text().equals(period))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + area + " " + indicator + " " + period));
    }
}
