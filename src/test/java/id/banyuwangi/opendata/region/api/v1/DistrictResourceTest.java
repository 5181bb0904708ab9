package id.banyuwangi.opendata.region.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DistrictResourceTest {

    @Test
    void listsThe25KecamatanWhoseVillagesAddUpToTheRegency() {
        JsonPath page = given().get("/api/v1/districts").then()
                .statusCode(200)
                .body("items", hasSize(25))
                .body("paging.next", nullValue())
                .body("paging.next_cursor", nullValue())
                .extract().jsonPath();
        List<Integer> villages = page.getList("items.village_count", Integer.class);
        List<Integer> desa = page.getList("items.desa_count", Integer.class);
        List<Integer> kelurahan = page.getList("items.kelurahan_count", Integer.class);
        assertEquals(217, villages.stream().mapToInt(Integer::intValue).sum());
        assertEquals(189, desa.stream().mapToInt(Integer::intValue).sum());
        assertEquals(28, kelurahan.stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void kelurahanLieInGlagahBanyuwangiGiriAndKalipuroOnly() {
        List<String> withKelurahan = given().get("/api/v1/districts?limit=25").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.kelurahan_count > 0 }.name", String.class);
        assertEquals(List.of("Glagah", "Banyuwangi", "Giri", "Kalipuro"), withKelurahan);
    }

    @Test
    void getsOneKecamatanWithPostalCodesAndLinks() {
        given().get("/api/v1/districts/35.10.01").then()
                .statusCode(200)
                .body("name", is("Pesanggaran"))
                .body("regency_code", is("35.10"))
                .body("village_count", is(5))
                .body("desa_count", is(5))
                .body("kelurahan_count", is(0))
                .body("postal_codes", contains("68488"))
                .body("bps_code", is("3510010"))
                .body("area_km2", nullValue())
                .body("links.self", endsWith("/api/v1/districts/35.10.01"))
                .body("links.villages", endsWith("/api/v1/districts/35.10.01/villages"));
    }

    @Test
    void listsTheVillagesOfOneKecamatan() {
        given().get("/api/v1/districts/35.10.16/villages?type=kelurahan").then()
                .statusCode(200)
                .body("items", hasSize(18))
                .body("items.district_code", everyItem(is("35.10.16")))
                .body("items.type", everyItem(is("kelurahan")));
    }

    @Test
    void sortsByNameDescending() {
        List<String> names = given().get("/api/v1/districts?sort=-name").then().statusCode(200)
                .extract().jsonPath().getList("items.name", String.class);
        assertEquals(names.stream().sorted(java.util.Comparator.reverseOrder()).toList(), names);
    }

    @Test
    void geoJsonHasThe25KecamatanPolygons() {
        given().accept("application/geo+json").get("/api/v1/districts").then()
                .statusCode(200)
                .contentType("application/geo+json")
                .body("type", is("FeatureCollection"))
                .body("features", hasSize(25))
                .body("features.geometry.type", everyItem(is("MultiPolygon")))
                .body("features[0].properties.code", is("35.10.01"))
                .body("features[0].id", is("35.10.01"));
        given().get("/api/v1/districts/35.10.01?format=geojson").then()
                .statusCode(200)
                .body("type", is("Feature"))
                .body("geometry.type", is("MultiPolygon"))
                .body("properties.name", is("Pesanggaran"));
    }

    @Test
    void csvHasAHeaderRowAndOneRowPerKecamatan() {
        String csv = given().get("/api/v1/districts?format=csv").then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", "attachment; filename=\"districts.csv\"")
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(26, lines.length);
        assertEquals("code,name,regency_code,lat,lon,postal_codes,bps_code,area_km2,polygon_area_km2,village_count,"
                + "desa_count,kelurahan_count", lines[0]);
        assertEquals("35.10.01,Pesanggaran,35.10,-8.519742,113.971926,68488,3510010,,442.085,5,5,0", lines[1]);
    }
}
