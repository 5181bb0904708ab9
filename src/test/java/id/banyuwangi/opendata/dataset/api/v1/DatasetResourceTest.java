package id.banyuwangi.opendata.dataset.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class DatasetResourceTest {

    private static final String VILLAGES = "/api/v1/datasets/villages";

    @Test
    void theCatalogListsEveryPublishedCollectionWithFacets() {
        given().get("/api/v1/datasets").then().statusCode(200)
                .body("items.id", contains("area", "bps-crosswalk", "district-boundaries", "districts", "idm",
                        "idm-press-reports", "population", "postal-codes", "smart-kampung-delivery-statistics",
                        "smart-kampung-facts", "smart-kampung-offerings", "smart-kampung-rollout",
                        "smart-kampung-services", "village-boundaries", "villages"))
                .body("facets.publisher.'diskominfo-banyuwangi'", is(12))
                .body("facets.publisher.'dpmd-banyuwangi'", is(2))
                .body("facets.license", is(Map.of("ODbL-1.0", 3, "MIT", 3, "other-at", 5, "CC-BY-SA-4.0", 2,
                        "CC-BY-4.0", 2)))
                .body("items.findAll { it.latest_version == null }.id",
                        contains("smart-kampung-delivery-statistics", "smart-kampung-offerings"))
                .body("items.findAll { it.latest_version != null }", hasSize(13))
                .body("items.findAll { it.latest_version != null }.latest_version", everyItem(greaterThan(0)));
    }

    @Test
    void aDatasetWhoseSourcesStateNoLicenceSaysSoAndHasNoLicenceUrl() {
        given().get("/api/v1/datasets/idm").then().statusCode(200)
                .body("license.id", is("other-at"))
                .body("license.title", is("Other (Attribution): the sources state no licence"))
                .body("license.url", nullValue())
                .body("attribution", is("Kementerian Desa, PDTT (Indeks Desa Membangun), via"
                        + " kristonova/Visualisasi-Indeks-Desa-Membangun--IDM--2024 (repository MIT); the licence of"
                        + " the underlying Kemendesa dataset is not stated, so this dataset states none. Cite"
                        + " Kementerian Desa PDTT."));
        given().get("/api/v1/datasets/village-boundaries").then().statusCode(200)
                .body("license.id", is("MIT"))
                .body("license.url", is("https://opensource.org/licenses/MIT"));
    }

    @ParameterizedTest
    @CsvSource({"q=indeks desa, idm|idm-press-reports", "q=developing village index, idm",
        "theme=soci&keyword=penduduk, population", "publisher=dpmd-banyuwangi, idm|idm-press-reports",
        "license=CC-BY-SA-4.0&q=luas, area", "keyword=geojson&q=kecamatan, district-boundaries"})
    void searchAndFiltersFindDatasetsInBothLanguages(String query, String expected) {
        given().urlEncodingEnabled(true).get("/api/v1/datasets?" + query).then().statusCode(200)
                .body("items.id", is(List.of(expected.split("\\|"))))
                .body("facets.publisher", org.hamcrest.Matchers.aMapWithSize(1));
    }

    @Test
    void aDatasetHasDcatMetadataAndATableSchema() {
        given().get(VILLAGES).then().statusCode(200)
                .body("license.id", is("ODbL-1.0"))
                .body("attribution", containsString("ODbL"))
                .body("spatial_coverage", contains("35.10"))
                .body("latest_version", is(2))
                .body("table_schema.primaryKey", contains("code"))
                .body("table_schema.fields.name", hasItem("polygon_area_km2"))
                .body("table_schema.fields.find { it.name == 'name' }.description_id", is("Nama"));
        given().get("/api/v1/datasets/nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/organizations").then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void theRegionsHistoryDiffIsExactlyTheEightRenames() {
        JsonPath diff = given().get(VILLAGES + "/diff?from=1&to=2").then().statusCode(200)
                .body("items", hasSize(8))
                .body("items.change", everyItem(is("changed")))
                .body("paging.next", org.hamcrest.Matchers.nullValue())
                .extract().jsonPath();
        assertEquals(List.of("name"), diff.getList("items.fields.flatten().field", String.class).stream().distinct()
                .toList());
        given().get(VILLAGES + "/diff?from=1&to=2").then()
                .body("items.find { it.key == '35.10.03.2002' }.fields[0].old", is("Sumbersari"))
                .body("items.find { it.key == '35.10.03.2002' }.fields[0].new", is("Sumberasri"));
        String csv = given().accept("text/csv").get(VILLAGES + "/diff?from=1&to=latest").then().statusCode(200)
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(9, lines.length);
        assertEquals("key,change,field,old_value,new_value", lines[0]);
    }

    @Test
    void theIdmDiffPagesThroughEveryAddedRowOnce() {
        List<String> keys = new ArrayList<>();
        String next = "/api/v1/datasets/idm/diff?from=1&to=2&limit=100";
        while (next != null) {
            Response page = given().get(next);
            page.then().statusCode(200).body("items.change", everyItem(is("added")));
            keys.addAll(page.jsonPath().getList("items.key", String.class));
            next = page.jsonPath().getString("paging.next");
        }
        assertEquals(945, keys.size());
        assertEquals(945, new HashSet<>(keys).size());
        given().get("/api/v1/datasets/idm/versions/1").then().body("row_count", is(945));
        given().get("/api/v1/datasets/idm/versions/2").then().body("row_count", is(1890));
    }

    @Test
    void downloadsRehashToTheAdvertisedSha256() throws Exception {
        for (int version : List.of(1, 2)) {
            String sha = given().get(VILLAGES + "/versions/" + version).then().statusCode(200)
                    .extract().jsonPath().getString("sha256");
            byte[] csv = given().get(VILLAGES + "/versions/" + version + "/download").then().statusCode(200)
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .header("Content-Disposition", "attachment; filename=\"villages-v" + version + ".csv\"")
                    .extract().asByteArray();
            assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)));
            assertTrue(new String(csv, StandardCharsets.UTF_8).startsWith("code,name,type,district_code"));
        }
    }

    @Test
    void everyFormatHasTheAdvertisedSizeAndContent() {
        JsonPath version = given().get(VILLAGES + "/versions/2").then().extract().jsonPath();
        for (String format : List.of("csv", "json", "ndjson")) {
            byte[] body = given().get(VILLAGES + "/versions/2/download?format=" + format).then().statusCode(200)
                    .extract().asByteArray();
            assertEquals(version.getLong("downloads.find { it.format == '" + format + "' }.bytes"), body.length,
                    format);
        }
        given().get(VILLAGES + "/versions/2/download?format=json").then().body("$", hasSize(217));
        given().get("/api/v1/datasets/village-boundaries/versions/latest/download?format=geojson").then()
                .statusCode(200).contentType("application/geo+json")
                .header("Cache-Control", "public, max-age=60")
                .body("features", hasSize(217))
                .body("features.geometry.type", everyItem(is("MultiPolygon")));
        given().get(VILLAGES + "/versions/2/download?format=geojson").then().statusCode(400)
                .body("errors[0].field", is("format"));
    }

    @Test
    void aRangeRequestReturnsTheRightSlice() {
        byte[] whole = given().get(VILLAGES + "/versions/2/download").then().extract().asByteArray();
        byte[] slice = given().header("Range", "bytes=100-199").get(VILLAGES + "/versions/2/download").then()
                .statusCode(206)
                .header("Content-Range", "bytes 100-199/" + whole.length)
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(whole, 100, 200), slice);
        byte[] tail = given().header("Range", "bytes=-50").get(VILLAGES + "/versions/2/download").then()
                .statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(whole, whole.length - 50, whole.length), tail);
        byte[] rest = given().header("Range", "bytes=" + (whole.length - 10) + "-")
                .get(VILLAGES + "/versions/2/download").then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(whole, whole.length - 10, whole.length), rest);
        given().header("Range", "bytes=" + whole.length + "-").get(VILLAGES + "/versions/2/download").then()
                .statusCode(416).contentType("application/problem+json")
                .header("Content-Range", "bytes */" + whole.length);
    }

    @Test
    void theBomOptionPrefixesTheCsvAndRevalidationWorks() {
        Response bom = given().get(VILLAGES + "/versions/2/download?bom=true");
        byte[] body = bom.then().statusCode(200).extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        given().header("If-None-Match", bom.header("ETag")).get(VILLAGES + "/versions/2/download?bom=true").then()
                .statusCode(304);
        given().get(VILLAGES + "/versions/2/download?bom=true&format=json").then().statusCode(400);
    }

    @Test
    void recordsFilterOnSchemaFieldsWithTypedRanges() {
        given().get(VILLAGES + "/versions/2/records?district_code=35.10.01&fields=code,name").then().statusCode(200)
                .body("items", hasSize(5))
                .body("items[0]", org.hamcrest.Matchers.aMapWithSize(2));
        given().get(VILLAGES + "/versions/1/records?code=35.10.03.2002").then().statusCode(200)
                .body("items[0].name", is("Sumbersari"));
        given().get(VILLAGES + "/versions/2/records?code=35.10.03.2002,35.10.08.2001").then().statusCode(200)
                .body("items.name", contains("Sumberasri", "Bagorejo"));
        List<Float> areas = given().get(VILLAGES + "/versions/2/records?polygon_area_km2_min=100"
                + "&polygon_area_km2_max=200&limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("items.polygon_area_km2", Float.class);
        assertTrue(!areas.isEmpty() && areas.stream().allMatch(a -> a >= 100 && a <= 200), areas.toString());
        given().get(VILLAGES + "/versions/2/records?q=genteng&sort=-name").then().statusCode(200)
                .body("items.name", hasItem("Genteng Wetan"));
        given().get("/api/v1/datasets/idm/versions/latest/records?indicator=idm_status&value=MANDIRI&period=2024"
                + "&limit=1000").then().statusCode(200).body("items", hasSize(179));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"distrct_code=35.10.01|distrct_code",
        "polygon_area_km2_min=big|polygon_area_km2_min", "name_min=a|name_min", "fields=code,nme|fields",
        "sort=postal_code|sort", "lat=north|lat"})
    void badRecordQueriesNameTheField(String query, String field) {
        given().get(VILLAGES + "/versions/2/records?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void versionsAreNumbersOrLatest() {
        given().get(VILLAGES + "/versions").then().statusCode(200).body("items.version", contains(1, 2));
        given().get(VILLAGES + "/versions/latest").then().statusCode(200).body("version", is(2))
                .header("Cache-Control", "public, max-age=300");
        given().get(VILLAGES + "/versions/3").then().statusCode(404);
        given().get(VILLAGES + "/versions/zero").then().statusCode(400).body("errors[0].field", is("version"));
        given().get(VILLAGES + "/diff?from=2&to=1").then().statusCode(400);
        given().get(VILLAGES + "/diff").then().statusCode(400).body("errors[0].field", is("from"));
    }

    @Test
    void aDataPackageDescribesTheDownloads() {
        String sha = given().get(VILLAGES + "/versions/2").then().extract().jsonPath().getString("sha256");
        given().get(VILLAGES + "/versions/2/datapackage.json").then().statusCode(200)
                .body("name", is("villages"))
                .body("licenses[0].name", is("ODbL-1.0"))
                .body("resources[0].hash", is("sha256:" + sha))
                .body("resources[0].path", containsString("/api/v1/datasets/villages/versions/2/download"))
                .body("resources[0].schema.primaryKey", contains("code"));
        given().get("/api/v1/datasets/village-boundaries/versions/1/datapackage.json").then().statusCode(200)
                .body("resources[0].schema.fields.type", everyItem(org.hamcrest.Matchers.not("geojson")))
                .body("resources.format", hasItem("geojson"));
    }

    @Test
    void citationsNameTheStableUrlOfTheVersion() {
        given().get("/api/v1/datasets/idm/versions/2/citation").then().statusCode(200)
                .contentType("text/plain")
                .body(containsString("Developing Village Index (IDM) of Banyuwangi Regency (Version 2) [Data set]"))
                .body(containsString("/api/v1/datasets/idm/versions/2"));
        given().get("/api/v1/datasets/idm/versions/latest/citation?style=bibtex").then().statusCode(200)
                .body(startsWith("@misc{idm_v2,"));
        given().get("/api/v1/datasets/idm/versions/1/citation?style=csl-json").then().statusCode(200)
                .body("[0].type", is("dataset")).body("[0].version", is("1"))
                .body("[0].URL", containsString("/api/v1/datasets/idm/versions/1"));
    }

    @Test
    void aSeedVersionWhoseSourceStatesNoDateIsCitedWithoutOne() {
        given().get("/api/v1/datasets/idm/versions/2").then().statusCode(200)
                .body("issued", nullValue()).body("published_at", not(emptyOrNullString()));
        given().get("/api/v1/datasets/idm/versions/2/citation").then().statusCode(200)
                .body(startsWith("Community and Village Empowerment Office of Banyuwangi Regency. (n.d.)."
                        + " Developing Village Index (IDM) of Banyuwangi Regency (Version 2) [Data set]."));
        given().get("/api/v1/datasets/idm/versions/2/citation?style=bibtex").then().statusCode(200)
                .body(not(containsString("year =")));
        given().get("/api/v1/datasets/idm/versions/2/citation?style=csl-json").then().statusCode(200)
                .body("[0]", not(hasKey("issued")));
        given().get("/api/v1/datasets/idm/versions/1/citation?style=mla").then().statusCode(400);
    }
}
