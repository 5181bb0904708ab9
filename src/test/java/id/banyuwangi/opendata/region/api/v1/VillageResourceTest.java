package id.banyuwangi.opendata.region.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class VillageResourceTest {

    @Test
    void listsAll217VillagesInCodeOrder() {
        JsonPath page = given().get("/api/v1/villages?limit=1000").then()
                .statusCode(200)
                .body("items", hasSize(217))
                .body("paging.limit", is(1000))
                .body("paging.next", nullValue())
                .extract().jsonPath();
        List<String> codes = page.getList("items.code", String.class);
        assertEquals(codes.stream().sorted().toList(), codes);
        assertEquals(189, page.getList("items.findAll { it.type == 'desa' }").size());
        assertEquals(28, page.getList("items.findAll { it.type == 'kelurahan' }").size());
    }

    @Test
    void defaultPageHoldsTheConfiguredDefaultLimitWithANextLink() {
        given().get("/api/v1/villages").then()
                .statusCode(200)
                .body("items", hasSize(100))
                .body("paging.limit", is(100))
                .body("paging.next", startsWith("http"))
                .header("Link", startsWith("<http"))
                .header("Link", endsWith(">; rel=\"next\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"code", "name", "-name", "district_code", "postal_code", "-polygon_area_km2", "lat", "lon"})
    void followingNextSeesEveryVillageExactlyOnceInTheSortOrder(String sort) {
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/villages?limit=20&sort=" + sort;
        int pages = 0;
        while (next != null) {
            Response response = given().get(next);
            response.then().statusCode(200);
            seen.addAll(response.jsonPath().getList("items.code", String.class));
            next = response.jsonPath().getString("paging.next");
            pages++;
        }
        assertEquals(11, pages);
        assertEquals(217, new HashSet<>(seen).size());
        List<String> onePage = given().get("/api/v1/villages?limit=1000&sort=" + sort).then().statusCode(200)
                .extract().jsonPath().getList("items.code", String.class);
        assertEquals(onePage, seen);
    }

    @Test
    void sortsByNumbersNumerically() {
        List<Float> areas = given().get("/api/v1/villages?limit=1000&sort=-polygon_area_km2").then().statusCode(200)
                .extract().jsonPath().getList("items.polygon_area_km2", Float.class);
        assertEquals(areas.stream().sorted(Comparator.reverseOrder()).toList(), areas);
        assertEquals(428.972f, areas.get(0));
    }

    @Test
    void filtersByDistrictTypePostalAndBpsCode() {
        given().get("/api/v1/villages?district_code=35.10.01").then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("items.district_name", everyItem(is("Pesanggaran")));
        given().get("/api/v1/villages?type=kelurahan&limit=1000").then()
                .statusCode(200)
                .body("items", hasSize(28))
                .body("items.code", everyItem(org.hamcrest.Matchers.matchesPattern("35\\.10\\.\\d\\d\\.1\\d{3}")));
        given().get("/api/v1/villages?postal_code=68483").then()
                .statusCode(200)
                .body("items.postal_code", everyItem(is("68483")))
                .body("items.code", org.hamcrest.Matchers.hasItem("35.10.03.2002"));
        given().get("/api/v1/villages?bps_code=3510030002").then()
                .statusCode(200)
                .body("items.code", contains("35.10.03.2002"));
        given().get("/api/v1/villages?district_code=35.10.16&type=desa").then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("paging.next", nullValue());
    }

    @Test
    void nameSearchIgnoresCaseAndFindsFormerNames() {
        given().get("/api/v1/villages?q=Sumbersari").then()
                .statusCode(200)
                .body("items.code", contains("35.10.03.2002", "35.10.08.2005"))
                .body("items[0].name", is("Sumberasri"))
                .body("items[0].former_names[0].name", is("Sumbersari"))
                .body("items[0].former_names[0].decree", is("Kepmendagri 050-145/2022"));
        given().get("/api/v1/villages?q=GENTENG wetan").then()
                .statusCode(200)
                .body("items.name", contains("Genteng Wetan"));
        given().get("/api/v1/villages?q=sineporejo").then()
                .statusCode(200)
                .body("items.name", contains("Seneporejo"));
    }

    @Test
    void eightVillagesCarryAFormerNameFromThe2022Decree() {
        JsonPath page = given().get("/api/v1/villages?limit=1000").then().statusCode(200).extract().jsonPath();
        List<String> renamed = page.getList("items.findAll { it.former_names.size() > 0 }.name", String.class);
        assertEquals(List.of("Sumberasri", "Bagorejo", "Genteng Wetan", "Genteng Kulon", "Lemahbangkulon",
                "Benelan Lor", "Alasrejo", "Seneporejo"), renamed);
        assertEquals(List.of("Kepmendagri 050-145/2022"),
                page.getList("items.former_names.flatten().decree", String.class).stream().distinct().toList());
    }

    @Test
    void getsOneVillageWithEveryDocumentedField() {
        given().get("/api/v1/villages/35.10.01.2001").then()
                .statusCode(200)
                .body("code", is("35.10.01.2001"))
                .body("name", is("Sarongan"))
                .body("type", is("desa"))
                .body("district_code", is("35.10.01"))
                .body("district_name", is("Pesanggaran"))
                .body("lat", is(-8.498369f))
                .body("lon", is(113.904168f))
                .body("postal_code", is("68488"))
                .body("bps_code", is("3510010001"))
                .body("$", org.hamcrest.Matchers.hasKey("area_km2"))
                .body("area_km2", nullValue())
                .body("polygon_area_km2", is(188.233f))
                .body("former_names", hasSize(0))
                .body("links.self", endsWith("/api/v1/villages/35.10.01.2001"))
                .body("links.district", endsWith("/api/v1/districts/35.10.01"));
    }

    @Test
    void fourteenVillagesHaveNoBpsCodeAndSayItWithNull() {
        JsonPath page = given().get("/api/v1/villages?limit=1000").then().statusCode(200).extract().jsonPath();
        assertEquals(14, page.getList("items.findAll { it.bps_code == null }").size());
    }

    @Test
    void polygonAreasAddUpToTheDocumentedTotal() {
        List<Float> areas = given().get("/api/v1/villages?limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("items.polygon_area_km2", Float.class);
        double total = areas.stream().mapToDouble(Float::doubleValue).sum();
        assertEquals(3592.9, total, 0.1);
    }

    @Test
    void geoJsonHasAll217VillagesEachWithAPolygon() {
        JsonPath geo = given().accept("application/geo+json").get("/api/v1/villages?limit=1000").then()
                .statusCode(200)
                .contentType("application/geo+json")
                .body("type", is("FeatureCollection"))
                .body("features", hasSize(217))
                .body("features.geometry.type", everyItem(is("MultiPolygon")))
                .body("features.geometry.coordinates", everyItem(not(org.hamcrest.Matchers.empty())))
                .extract().jsonPath();
        assertEquals(geo.getList("features.id"), geo.getList("features.properties.code"));
        List<List<Object>> firstRings = geo.getList("features.geometry.coordinates[0][0][0]");
        firstRings.forEach(point -> assertEquals(2, point.size()));
        given().get("/api/v1/villages/35.10.03.2002?format=geojson").then()
                .statusCode(200)
                .contentType("application/geo+json")
                .body("type", is("Feature"))
                .body("id", is("35.10.03.2002"))
                .body("geometry.type", is("MultiPolygon"))
                .body("properties.former_names[0].name", is("Sumbersari"));
    }

    @Test
    void csvUsesTheJsonKeysAsHeadersAndHoldsOneRowPerVillage() throws IOException {
        String csv = given().accept("text/csv").get("/api/v1/villages?limit=1000").then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"villages.csv\"")
                .extract().asString();
        assertTrue(csv.endsWith("\r\n"));
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            List<Map<String, String>> all = rows.readAll();
            assertEquals(217, all.size());
            Map<String, String> sumberasri = all.stream().filter(r -> r.get("code").equals("35.10.03.2002"))
                    .findFirst().orElseThrow();
            assertEquals(List.of("code", "name", "type", "district_code", "district_name", "lat", "lon",
                    "postal_code", "bps_code", "area_km2", "polygon_area_km2", "former_names"),
                    new ArrayList<>(sumberasri.keySet()));
            assertEquals("Sumberasri", sumberasri.get("name"));
            assertEquals("", sumberasri.get("area_km2"));
            assertEquals("[{\"name\":\"Sumbersari\",\"decree\":\"Kepmendagri 050-145/2022\"}]",
                    sumberasri.get("former_names"));
        }
    }

    @Test
    void csvPagesLikeJson() {
        Response first = given().get("/api/v1/villages?format=csv&limit=10");
        first.then().statusCode(200).header("Link", notNullValue());
        String[] lines = first.asString().split("\r\n");
        assertEquals(11, lines.length);
        String link = first.header("Link");
        String next = link.substring(1, link.indexOf('>'));
        String[] secondLines = given().get(next).then().statusCode(200).extract().asString().split("\r\n");
        assertFalse(secondLines[1].equals(lines[10]));
        assertTrue(secondLines[1].compareTo(lines[10]) > 0);
    }

    @Test
    void emptyResultIsAnOkPageWithoutNext() {
        JsonPath page = given().get("/api/v1/villages?q=doesnotexistanywhere").then()
                .statusCode(200).body("items", hasSize(0)).extract().jsonPath();
        assertNull(page.get("paging.next"));
    }
}
