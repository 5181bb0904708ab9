package id.banyuwangi.opendata.region.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which village is this point in, and which villages and kecamatan meet this box: the lists' spatial filters. */
@QuarkusTest
class SpatialFilterTest {

    /** The centroid of desa Sumberasri (35.10.03.2002) in the seed, which lies inside its boundary. */
    private static final String SUMBERASRI = "-8.577935,114.27152";

    @Test
    void aPointIsInExactlyOneVillage() {
        given().get("/api/v1/villages?contains=" + SUMBERASRI).then().statusCode(200)
                .body("items.code", contains("35.10.03.2002"));
        given().get("/api/v1/districts/35.10.03/villages?contains=" + SUMBERASRI).then().statusCode(200)
                .body("items.code", contains("35.10.03.2002"));
        given().get("/api/v1/districts/35.10.01/villages?contains=" + SUMBERASRI).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void aPointAtSeaIsInNoVillage() {
        given().get("/api/v1/villages?contains=-9.5,114.3").then().statusCode(200).body("items", empty());
    }

    @Test
    void aBoxHoldsTheVillagesItMeetsAndNoOthers() {
        List<String> near = given().get("/api/v1/villages?bbox=114.2714,-8.5780,114.2716,-8.5778&limit=1000")
                .then().statusCode(200).extract().jsonPath().getList("items.code");
        assertEquals(List.of("35.10.03.2002"), near, "a box of about 20 m around the centroid meets only Sumberasri");
        List<String> all = given().get("/api/v1/villages?bbox=113,-9,115,-7&limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("items.code");
        assertEquals(217, all.size(), "a box around the whole regency meets every village");
        List<String> wide = given().get("/api/v1/villages?bbox=114.2,-8.62,114.35,-8.5&limit=1000").then()
                .statusCode(200).extract().jsonPath().getList("items.code");
        assertTrue(wide.contains("35.10.03.2002") && wide.size() > 1 && wide.size() < 217, wide.toString());
        given().get("/api/v1/villages?bbox=0,0,1,1").then().statusCode(200).body("items", empty());
    }

    @Test
    void theFiltersCombineWithTheOthersAndWithEachOther() {
        given().get("/api/v1/villages?bbox=113,-9,115,-7&contains=" + SUMBERASRI + "&type=desa").then()
                .statusCode(200).body("items.code", contains("35.10.03.2002"));
        given().get("/api/v1/villages?contains=" + SUMBERASRI + "&type=kelurahan").then().statusCode(200)
                .body("items", empty());
        given().get("/api/v1/villages?contains=" + SUMBERASRI + "&format=geojson").then().statusCode(200)
                .body("features.id", contains("35.10.03.2002"));
    }

    @Test
    void theKecamatanListTakesABoxToo() {
        given().get("/api/v1/districts?bbox=114.2714,-8.5780,114.2716,-8.5778").then().statusCode(200)
                .body("items.code", contains("35.10.03"));
        assertEquals(25, given().get("/api/v1/districts?bbox=113,-9,115,-7&limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
        given().get("/api/v1/districts?bbox=0,0,1,1&format=geojson").then().statusCode(200).body("features", empty());
        given().get("/api/v1/districts?bbox=1,2").then().statusCode(400).body("errors.field", hasItem("bbox"));
    }

    @Test
    void observationsTakeABoxOfTheirAreas() {
        given().get("/api/v1/observations?indicator=idm_score&period=2024&bbox=114.2714,-8.5780,114.2716,-8.5778")
                .then().statusCode(200).body("items.area_code", contains("35.10.03.2002"));
        given().get("/api/v1/observations?indicator=idm_score&period=2024&bbox=0,0,1,1").then().statusCode(200)
                .body("items", empty());
        assertEquals(189, given().get("/api/v1/observations?indicator=idm_score&period=2024&bbox=113,-9,115,-7"
                + "&limit=1000").then().statusCode(200).extract().jsonPath().getList("items").size());
        given().get("/api/v1/observations?bbox=1,2,3,x").then().statusCode(400).body("errors.field", hasItem("bbox"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"bbox|1,2,3", "bbox|114.4,-8.2,114.3,-8.1", "bbox|114,-8,181,-7",
            "bbox|a,b,c,d", "contains|-8.5", "contains|200,114", "contains|-8.5,NaN"})
    void badCoordinatesAreA400NamingTheParameter(String parameter, String value) {
        given().urlEncodingEnabled(true).queryParam(parameter, value).get("/api/v1/villages").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", is("/problems/invalid-parameter"))
                .body("errors.field", hasItem(parameter))
                .body("detail", containsString(parameter));
    }
}
