package id.banyuwangi.opendata.ogc.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The OGC API - Features endpoint on the real seed, as a GIS client walks it: landing page, collections, pages. */
@QuarkusTest
class OgcResourceTest {

    private static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    private static final String GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final String ITEMS = "/ogc/collections/villages/items";
    /** A box over Purwoharjo and its neighbours: some villages and kecamatan, not all. */
    private static final String BOX = "114.2,-8.62,114.35,-8.5";

    @Test
    void theLandingPageLinksToTheDefinitionTheConformanceAndTheCollections() {
        JsonPath page = given().get("/ogc").then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        assertEquals(List.of("self", "service-desc", "service-doc", "conformance", "data"), page.getList("links.rel"));
        assertEquals(List.of("application/json", "application/json", "text/html", "application/json",
                "application/json"), page.getList("links.type"));
        List<String> paths = page.<String>getList("links.href").stream()
                .map(h -> URI.create(h).getPath() + (URI.create(h).getQuery() == null ? "" : "?"
                        + URI.create(h).getQuery())).toList();
        assertEquals(List.of("/ogc", "/q/openapi?format=json", "/q/swagger-ui", "/ogc/conformance",
                "/ogc/collections"), paths);
    }

    @Test
    void theApiDefinitionTheLandingPageLinksDescribesTheOgcPaths() {
        String href = given().get("/ogc").then().extract().jsonPath()
                .getString("links.find { it.rel == 'service-desc' }.href");
        Map<String, Object> items = given().get(URI.create(href).getPath() + "?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths.'/ogc/collections/{collectionId}/items'.get");
        assertEquals("listOgcFeatures", items.get("operationId"));
    }

    @Test
    void itDeclaresCoreAndGeoJsonOnly() {
        given().get("/ogc/conformance").then().statusCode(200).contentType("application/json")
                .body("conformsTo", contains(CORE, GEOJSON));
    }

    @Test
    void theCollectionsAreTheVillagesTheKecamatanAndTheDatasetVersionsWithGeometry() {
        JsonPath collections = given().get("/ogc/collections").then().statusCode(200)
                .contentType("application/json").extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        List<String> ids = collections.getList("collections.id");
        assertEquals(List.of("villages", "kecamatan"), ids.subList(0, 2));
        assertThat(ids, hasItems("district-boundaries-v1", "village-boundaries-v1"));
        assertEquals(List.of("self"), collections.getList("links.rel"));

        assertExtent(collections.getList("collections.find { it.id == 'villages' }.extent.spatial.bbox[0]",
                Double.class), 113.837593, -8.78022, 114.605262, -7.884666);
        assertExtent(collections.getList("collections.find { it.id == 'kecamatan' }.extent.spatial.bbox[0]",
                Double.class), 113.837797, -8.780203, 114.605103, -7.885332);
        assertExtent(collections.getList(
                "collections.find { it.id == 'village-boundaries-v1' }.extent.spatial.bbox[0]", Double.class),
                113.837593, -8.78022, 114.605262, -7.884666);
    }

    @Test
    void aCollectionHasItsExtentCrsAndLinks() {
        given().get("/ogc/collections/villages").then().statusCode(200).contentType("application/json")
                .body("id", is("villages"))
                .body("title", is("Desa and kelurahan"))
                .body("itemType", is("feature"))
                .body("crs", contains(CRS84))
                .body("extent.spatial.crs", is(CRS84))
                .body("links.rel", contains("self", "items"))
                .body("links.type", contains("application/json", "application/geo+json"))
                .body("links[1].href", endsWith("/ogc/collections/villages/items"));
        given().get("/ogc/collections/village-boundaries-v1").then().statusCode(200)
                .body("title", is("Village boundaries (simplified), version 1"));
    }

    @Test
    void followingNextGivesEveryVillageOnceInCodeOrder() {
        List<String> expected = given().get("/api/v1/villages?limit=1000").then().extract().jsonPath()
                .getList("items.code");
        assertEquals(217, expected.size());
        List<String> seen = new ArrayList<>();
        List<Integer> returned = new ArrayList<>();
        String url = ITEMS + "?limit=50";
        while (url != null) {
            Response response = given().urlEncodingEnabled(false).get(url);
            response.then().statusCode(200).contentType("application/geo+json")
                    .body("type", is("FeatureCollection"))
                    .body("numberMatched", is(217))
                    .body("timeStamp", startsWith("20"));
            JsonPath page = response.jsonPath();
            seen.addAll(page.getList("features.id"));
            returned.add(page.getInt("numberReturned"));
            String next = page.getString("links.find { it.rel == 'next' }.href");
            assertEquals(next == null ? null : "<" + next + ">; rel=\"next\"; type=\"application/geo+json\"",
                    response.header("Link"));
            url = next == null ? null : URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery();
        }
        assertEquals(List.of(50, 50, 50, 50, 17), returned);
        assertEquals(expected, seen);
        assertEquals(217, new HashSet<>(seen).size());
    }

    @Test
    void aVillageFeatureHasItsBoundaryAndTheFieldsOfItsApiRepresentation() {
        JsonPath page = given().get(ITEMS + "?limit=1").then().statusCode(200).extract().jsonPath();
        assertEquals("35.10.01.2001", page.getString("features[0].id"));
        assertEquals("MultiPolygon", page.getString("features[0].geometry.type"));
        assertEquals(List.of("code", "name", "type", "district_code", "district_name", "lat", "lon", "postal_code",
                "bps_code", "area_km2", "polygon_area_km2", "former_names", "links"),
                new ArrayList<>(page.getMap("features[0].properties").keySet()));
        assertEquals("Sarongan", page.getString("features[0].properties.name"));
        assertEquals(List.of("self", "next", "collection"), page.getList("links.rel"));
    }

    @Test
    void theKecamatanFitOnOneDefaultPage() {
        Response response = given().get("/ogc/collections/kecamatan/items");
        response.then().statusCode(200).contentType("application/geo+json")
                .body("numberMatched", is(25))
                .body("numberReturned", is(25))
                .body("features[0].id", is("35.10.01"))
                .body("features[0].properties.name", is("Pesanggaran"))
                .body("links.rel", contains("self", "collection"));
        assertNull(response.header("Link"));
    }

    @Test
    void aBoxGivesExactlyTheRegionsWhoseBoundaryMeetsIt() {
        List<String> villages = given().get("/api/v1/villages?limit=1000&bbox=" + BOX).then().statusCode(200)
                .extract().jsonPath().getList("items.code");
        given().get(ITEMS + "?limit=1000&bbox=" + BOX).then().statusCode(200)
                .body("features.id", equalTo(villages))
                .body("numberMatched", is(villages.size()));
        List<String> districts = given().get("/api/v1/districts?limit=1000&bbox=" + BOX).then().statusCode(200)
                .extract().jsonPath().getList("items.code");
        given().get("/ogc/collections/kecamatan/items?bbox=" + BOX).then().statusCode(200)
                .body("features.id", equalTo(districts))
                .body("numberMatched", is(districts.size()));
        assertThat(villages, hasItems("35.10.03.2002"));
        assertThat(villages.size() > 1 && villages.size() < 217, is(true));
    }

    @Test
    void sixNumbersAreABoxWithHeights() {
        List<String> flat = given().get(ITEMS + "?limit=1000&bbox=" + BOX).then().extract().jsonPath()
                .getList("features.id");
        given().get(ITEMS + "?limit=1000&bbox=114.2,-8.62,-100,114.35,-8.5,3000").then().statusCode(200)
                .body("features.id", equalTo(flat));
    }

    @Test
    void aDatasetVersionPagesItsRecordsAndFiltersThemByTheBox() {
        List<String> villages = given().get("/api/v1/villages?limit=1000&bbox=" + BOX).then().extract().jsonPath()
                .getList("items.code");
        given().get("/ogc/collections/village-boundaries-v1/items?limit=1000&bbox=" + BOX).then().statusCode(200)
                .body("features.id", equalTo(villages))
                .body("numberMatched", is(villages.size()));
        List<String> all = given().get("/api/v1/villages?limit=1000").then().extract().jsonPath()
                .getList("items.code");
        assertEquals(all, walk("/ogc/collections/village-boundaries-v1/items?limit=100", 217));
        assertEquals(villages, walk("/ogc/collections/village-boundaries-v1/items?limit=2&bbox=" + BOX,
                villages.size()));
    }

    /** The ids of every feature from {@code url} on, following next links, each page matching {@code matched}. */
    private static List<String> walk(String url, int matched) {
        List<String> ids = new ArrayList<>();
        while (url != null) {
            JsonPath page = given().urlEncodingEnabled(false).get(url).then().statusCode(200)
                    .body("numberMatched", is(matched)).extract().jsonPath();
            ids.addAll(page.getList("features.id"));
            String next = page.getString("links.find { it.rel == 'next' }.href");
            url = next == null ? null : URI.create(next).getRawPath() + "?" + URI.create(next).getRawQuery();
        }
        return ids;
    }

    @Test
    void oneFeatureByItsId() {
        given().get(ITEMS + "/35.10.03.2002").then().statusCode(200).contentType("application/geo+json")
                .body("type", is("Feature"))
                .body("id", is("35.10.03.2002"))
                .body("geometry.type", is("MultiPolygon"))
                .body("properties.name", is("Sumberasri"))
                .body("properties.district_code", is("35.10.03"))
                .body("links.rel", contains("self", "collection"))
                .body("links[1].href", endsWith("/ogc/collections/villages"));
        given().get("/ogc/collections/kecamatan/items/35.10.01").then().statusCode(200)
                .body("properties.name", is("Pesanggaran"))
                .body("properties.village_count", is(5));
        given().get("/ogc/collections/village-boundaries-v1/items/35.10.03.2002").then().statusCode(200)
                .body("id", is("35.10.03.2002"))
                .body("geometry.type", is("MultiPolygon"))
                .body("properties", equalTo(Map.of("code", "35.10.03.2002", "name", "Sumberasri", "type", "desa",
                        "district_code", "35.10.03")));
    }

    @Test
    void jsonIsTheSameGeoJsonServedAsJson() {
        JsonPath geo = given().get(ITEMS + "/35.10.03.2002").then().extract().jsonPath();
        JsonPath json = given().accept("application/json").get(ITEMS + "/35.10.03.2002").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
        assertEquals(geo.getMap("geometry"), json.getMap("geometry"));
        assertEquals(geo.getMap("properties"), json.getMap("properties"));
        assertEquals("application/json", json.getString("links[0].type"));
        given().get(ITEMS + "?limit=1&f=json").then().statusCode(200).contentType("application/json")
                .body("links[0].type", is("application/json"));
    }

    @Test
    void aLimitOverTheMaximumIsServedAsTheMaximum() {
        given().get(ITEMS + "?limit=5000").then().statusCode(200).body("numberReturned", is(217));
    }

    @Test
    void aValidDatetimeMatchesEveryFeature() {
        given().get(ITEMS + "?limit=1&datetime=2025-01-01T00:00:00Z/..").then().statusCode(200)
                .body("numberMatched", is(217));
        given().get(ITEMS + "?limit=1&datetime=2024-01-01/2025-01-01").then().statusCode(200)
                .body("numberMatched", is(217));
    }

    @Test
    void aRepeatedRequestIsNotModified() {
        String etag = given().get("/ogc/collections").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/ogc/collections").then().statusCode(304);
    }

    @ParameterizedTest
    @CsvSource({
            "/ogc/collections/villages/items?bbox=1;2;3, 400, bbox",
            "/ogc/collections/villages/items?bbox=a;b;c;d, 400, bbox",
            "/ogc/collections/villages/items?bbox=115;-8;114;-7, 400, bbox",
            "/ogc/collections/villages/items?bbox=1;2;3;4;5;6;7, 400, bbox",
            "/ogc/collections/villages/items?limit=0, 400, limit",
            "/ogc/collections/villages/items?limit=abc, 400, limit",
            "/ogc/collections/villages/items?limit=-5, 400, limit",
            "/ogc/collections/villages/items?datetime=yesterday, 400, datetime",
            "/ogc/collections/villages/items?datetime=2025-02-01/2025-01-01, 400, datetime",
            "/ogc/collections/villages/items?cursor=forged, 400, cursor",
            "/ogc/collections/villages/items?f=xml, 400, format",
            "/ogc/collections/villages/items?foo=1, 400, foo",
            "/ogc/collections?f=geojson, 400, format",
            "/ogc/collections/rivers, 404, ",
            "/ogc/collections/rivers/items, 404, ",
            "/ogc/collections/villages-v1/items, 404, ",
            "/ogc/collections/idm-v1, 404, ",
            "/ogc/collections/village-boundaries-v99, 404, ",
            "/ogc/collections/villages/items/35.10.99.2999, 404, ",
            "/ogc/collections/villages/items/not-a-code, 404, ",
            "/ogc/collections/kecamatan/items/35.10.03.2002, 404, ",
            "/ogc/collections/village-boundaries-v1/items/35.10.99.2999, 404, "})
    void badInputIsAProblem(String path, int status, String field) {
        Response response = given().urlEncodingEnabled(false).get(path.replace(';', ','));
        response.then().statusCode(status).contentType("application/problem+json").body("status", is(status));
        if (field != null) {
            response.then().body("errors.field", hasItems(field));
        }
    }

    @Test
    void anAcceptThatIsNotJsonIsA406() {
        given().accept("text/csv").get(ITEMS).then().statusCode(406).contentType("application/problem+json");
    }

    private static void assertExtent(List<Double> bbox, double minLon, double minLat, double maxLon, double maxLat) {
        assertEquals(4, bbox.size(), bbox.toString());
        double[] expected = {minLon, minLat, maxLon, maxLat};
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], bbox.get(i), 1e-9, bbox.toString());
        }
    }
}
