package id.banyuwangi.opendata.indicator.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservationResourceTest {

    private static final String IDM_2023 = "/api/v1/observations?indicator=idm_score&period=2023&limit=1000";

    /**
     * The download reads by SQL what the list reads by HQL: for every kind of filter, together, the same rows in
     * the same order.
     */
    @Test
    void aDownloadHoldsTheRowsOfTheListForEveryFilter() {
        for (String filter : List.of("indicator=idm_score,iks_score&period_from=2023&period_to=2024",
                "indicator=idm_score&latest=true&status=official&period_to=2024",
                "indicator=idm_status&level=village&district_code=35.10.01",
                "area_code=35.10.01.2001,35.10.01.2002&latest=true",
                "indicator=idm_score&bbox=114.2,-8.62,114.35,-8.5&period=2024",
                "indicator=idm_score&as_of=1&period_from=2023")) {
            List<Long> listed = given().get("/api/v1/observations?limit=1000&" + filter).then().statusCode(200)
                    .body("paging.next", nullValue()).extract().jsonPath().getList("items.id", Long.class);
            String csv = given().get("/api/v1/observations/download?" + filter).then().statusCode(200)
                    .extract().asString();
            List<Long> downloaded = Arrays.stream(csv.split("\r\n")).skip(1)
                    .map(line -> Long.valueOf(line.substring(0, line.indexOf(',')))).toList();
            assertTrue(listed.size() > 1, filter + ": " + listed.size() + " rows listed");
            assertEquals(listed, downloaded, filter);
        }
    }

    @Test
    void theTopIdmScoreOf2023IsSetails() {
        JsonPath page = given().get(IDM_2023).then().statusCode(200).body("items", hasSize(189))
                .extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        Map<String, Object> top = items.stream()
                .max(java.util.Comparator.comparing(i -> ((Number) i.get("value")).doubleValue())).orElseThrow();
        assertEquals("Setail", top.get("area_name"));
        assertEquals(0.9981, ((Number) top.get("value")).doubleValue(), 1e-6);
    }

    @Test
    void everyIdmScoreIsTheMeanOfItsThreeComponentsWithinRounding() {
        for (String period : List.of("2023", "2024")) {
            Map<String, Map<String, Double>> byArea = new HashMap<>();
            List<Map<String, Object>> rows = given()
                    .get("/api/v1/observations?indicator=idm_score,iks_score,ike_score,ikl_score&period=" + period
                            + "&limit=1000")
                    .then().statusCode(200).body("items", hasSize(756)).extract().jsonPath().getList("items");
            rows.forEach(r -> byArea.computeIfAbsent((String) r.get("area_code"), k -> new HashMap<>())
                    .put((String) r.get("indicator_code"), ((Number) r.get("value")).doubleValue()));
            assertEquals(189, byArea.size());
            byArea.forEach((area, v) -> assertEquals(v.get("idm_score"),
                    (v.get("iks_score") + v.get("ike_score") + v.get("ikl_score")) / 3, 0.0003, area + " " + period));
        }
    }

    @Test
    void filtersByAreaDistrictLevelAndPeriodRange() {
        given().get("/api/v1/observations?area_code=35.10.01.2001&indicator=idm_score").then().statusCode(200)
                .body("items.period", contains("2023", "2024"))
                .body("items.area_name", everyItem(is("Sarongan")));
        given().get("/api/v1/observations?district_code=35.10.01&indicator=idm_status&period=2024").then()
                .statusCode(200).body("items", hasSize(5)).body("items.area_level", everyItem(is("village")));
        given().get("/api/v1/observations?level=regency&indicator=population_total").then().statusCode(200)
                .body("items.period", contains("2020", "2021-06", "2023", "2024-12"))
                .body("items.value", contains(1708114, 1749773, 1780015, 1791789));
        given().get("/api/v1/observations?indicator=population_total&level=regency&period_from=2021&period_to=2023")
                .then().statusCode(200).body("items.period", contains("2021-06", "2023"));
    }

    @Test
    void latestGivesTheMostRecentValuePerAreaWithinTheFilters() {
        given().get("/api/v1/observations?indicator=population_total&area_code=35.10&latest=true").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].period", is("2024-12"))
                .body("items[0].value", is(1791789)).body("items[0].status", is("official"));
        given().get("/api/v1/observations?indicator=population_total&area_code=35.10&latest=true&period_to=2022")
                .then().statusCode(200).body("items[0].period", is("2021-06"));
        given().get("/api/v1/observations?indicator=idm_score&latest=true&limit=1000").then().statusCode(200)
                .body("items", hasSize(189)).body("items.period", everyItem(is("2024")));
    }

    @Test
    void pressReportedValuesAreMarkedAndConflictingSourcesAreBothKept() {
        given().get("/api/v1/observations?indicator=idm_score&period=2022&area_code=35.10.09.2005").then()
                .statusCode(200)
                .body("items.value", containsInAnyOrder(0.9867f, 0.9857f))
                .body("items.source", containsInAnyOrder("PRESS_JATIMNOW_2022_04", "PRESS_KABARBESUKI_2022_04_25"))
                .body("items.status", everyItem(is("press_reported")))
                .body("items.note", everyItem(notNullValue()));
        given().get("/api/v1/observations?indicator=n_desa_idm_mandiri,n_desa_idm_maju&status=press_reported")
                .then().statusCode(200).body("items", hasSize(4));
        given().get("/api/v1/observations?indicator=idm_score&status=official&limit=1000").then().statusCode(200)
                .body("items", hasSize(378));
    }

    @Test
    void smartKampungRolloutFactsAreRegencyObservationsWithTheirSources() {
        given().get("/api/v1/observations?indicator=smart_kampung_villages,smart_kampung_fibre_villages&sort=period")
                .then()
                .statusCode(200)
                .body("items.area_code", everyItem(is("35.10")))
                .body("items.value", contains(51, 80, 181))
                .body("items.period", contains("2016-06", "2017-05", "2019-09"))
                .body("items.source", contains("PRESS_MENPAN_2016_06_24", "PRESS_DETIK_2017_05_23",
                        "PRESS_VIVA_2019_09_03"));
    }

    @Test
    void undatedObservationsHaveANullPeriod() {
        given().get("/api/v1/observations?indicator=area&area_code=35.10&status=secondary").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].period", nullValue()).body("items[0].value", is(5782.5f));
    }

    @Test
    void geoJsonOfOneIndicatorAndPeriodIsAChoroplethOfVillagePolygons() {
        given().get("/api/v1/observations?indicator=idm_status&period=2024&format=geojson&limit=1000").then()
                .statusCode(200).contentType("application/geo+json")
                .body("type", is("FeatureCollection"))
                .body("features", hasSize(189))
                .body("features.geometry.type", everyItem(is("MultiPolygon")))
                .body("features[0].properties.category", notNullValue());
        given().get("/api/v1/observations?indicator=population_total&period=2024-12&format=geojson").then()
                .statusCode(200).body("features", hasSize(1)).body("features[0].geometry", nullValue());
    }

    @Test
    void csvAndNdjsonCarryTheSameRowsAsJson() throws IOException {
        String path = "/api/v1/observations?indicator=idm_status&district_code=35.10.02&period=2024";
        List<Map<String, Object>> json = given().get(path).then().statusCode(200).extract().jsonPath().getList("items");
        String csv = given().accept("text/csv").get(path).then().statusCode(200).extract().asString();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            List<Map<String, String>> all = rows.readAll();
            assertEquals(json.size(), all.size());
            assertEquals(json.get(0).get("category"), all.get(0).get("category"));
            assertEquals(List.of("id", "indicator_code", "area_code", "area_name", "area_level", "period", "value",
                    "category", "unit", "source", "status", "note", "release"), new ArrayList<>(all.get(0).keySet()));
        }
        String ndjson = given().accept("application/x-ndjson").get(path).then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString();
        String[] lines = ndjson.split("\n");
        assertEquals(json.size(), lines.length);
        assertEquals(json.get(0).get("id"), new ObjectMapper().readTree(lines[0]).get("id").asInt());
    }

    @Test
    void eachSeedFigureIsLoadedOnceThroughItsRelease() {
        // idm.csv 1,906 rows (1,890 of Kemendesa, 16 press-reported), population.csv 18, area.csv 33,
        // smart_kampung_observations.csv 3: each becomes a record of one release and one observation.
        int released = 0;
        for (String dataset : List.of("idm", "idm-press-reports", "population", "area", "smart-kampung-rollout")) {
            released += given().get("/api/v1/datasets/" + dataset + "/versions/latest").then().statusCode(200)
                    .extract().<Integer>path("row_count");
        }
        assertEquals(1906 + 18 + 33 + 3, released);
        String[] lines = given().get("/api/v1/observations/download").then().statusCode(200).extract().asString()
                .split("\r\n");
        assertEquals(1 + released, lines.length);
    }

    @Test
    void downloadStreamsEveryMatchingRowAndRevalidates() throws IOException {
        Response download = given().get("/api/v1/observations/download?indicator=idm_score");
        download.then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"observations.csv\"");
        String[] lines = download.asString().split("\r\n");
        assertEquals(1 + 2 + 7 + 189 + 189, lines.length);
        assertTrue(lines[0].startsWith("id,indicator_code,area_code"));
        String etag = download.header("ETag");
        assertTrue(etag.startsWith("W/\""), etag);
        given().header("If-None-Match", etag).get("/api/v1/observations/download?indicator=idm_score").then()
                .statusCode(304);
        String ndjson = given().get("/api/v1/observations/download?indicator=idm_score&format=ndjson").then()
                .statusCode(200).contentType("application/x-ndjson").extract().asString();
        assertEquals(387, ndjson.split("\n").length);
    }

    @Test
    void aDownloadAskedForAgainIsSentFromItsFileWithItsLength() {
        String path = "/api/v1/observations/download?indicator=idm_status&period=2024&format=ndjson";
        Response first = given().get(path);
        first.then().statusCode(200);
        Response again = given().get(path);
        again.then().statusCode(200).contentType("application/x-ndjson")
                .header("ETag", first.header("ETag"))
                .header("Content-Disposition", "attachment; filename=\"observations.ndjson\"");
        byte[] bytes = again.asByteArray();
        assertEquals(189, new String(bytes, StandardCharsets.UTF_8).split("\n").length);
        assertEquals(String.valueOf(bytes.length), again.header("Content-Length"),
                "the export's file, whole, with its length");
        assertTrue(Arrays.equals(first.asByteArray(), bytes), "the same bytes as the first download");
    }

    @Test
    void pagingWalksEveryObservationOfAFilterOnce() {
        List<Integer> ids = new ArrayList<>();
        String next = "/api/v1/observations?indicator=idm_status&limit=50&sort=area_code";
        while (next != null) {
            Response page = given().get(next);
            page.then().statusCode(200);
            ids.addAll(page.jsonPath().getList("items.id", Integer.class));
            next = page.jsonPath().getString("paging.next");
        }
        assertEquals(378, ids.size());
        assertEquals(378, new java.util.HashSet<>(ids).size());
    }
}
