package id.banyuwangi.opendata.region.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegencyResourceTest {

    @Test
    void regencyHasTheCountsOfTheDecreeAndItsOfficialArea() {
        given().get("/api/v1/regency").then()
                .statusCode(200)
                .contentType("application/json")
                .body("code", is("35.10"))
                .body("name", is("Kabupaten Banyuwangi"))
                .body("province_name", is("Jawa Timur"))
                .body("district_count", is(25))
                .body("village_count", is(217))
                .body("desa_count", is(189))
                .body("kelurahan_count", is(28))
                .body("area_km2", equalTo(3593.849f))
                .body("polygon_area_km2", equalTo(3603.074f))
                .body("bps_code", is("3510"))
                .body("links.districts", endsWith("/api/v1/districts"));
    }
}
