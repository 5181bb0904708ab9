package id.banyuwangi.opendata.source.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    @Test
    void theRegisterListsEverySourceWithItsStatusAndLicence() {
        given().get("/api/v1/sources").then().statusCode(200).body("items", hasSize(32));
        given().get("/api/v1/sources/KEMENDESA_IDM2024_KRISTONOVA").then().statusCode(200)
                .body("status", is("official"))
                .body("licence", containsString("MIT"));
        given().get("/api/v1/sources/PRESS_DETIK_2017_05_23").then().statusCode(200)
                .body("status", is("press_reported"));
        given().get("/api/v1/sources/NOPE").then().statusCode(404).contentType("application/problem+json");
    }
}
