package id.banyuwangi.opendata.profile.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VillageProfileResourceTest {

    @Test
    void aDesaProfileHasEachIndicatorsLatestAndPreviousValueAndTheChange() {
        given().get("/api/v1/villages/35.10.09.2003/profile").then()
                .statusCode(200)
                .body("village.name", is("Genteng Kulon"))
                .body("indicators.indicator_code", containsInAnyOrder("idm_score", "iks_score", "ike_score",
                        "ikl_score", "idm_status"))
                .body("indicators.find { it.indicator_code == 'idm_score' }.latest.period", is("2024"))
                .body("indicators.find { it.indicator_code == 'idm_score' }.previous.period", is("2023"))
                .body("not_covered", hasSize(0))
                .body("services", hasSize(0));
    }

    @Test
    void theChangeIsLatestMinusPrevious() {
        given().get("/api/v1/villages/35.10.01.2001/profile").then()
                .statusCode(200)
                .body("indicators.find { it.indicator_code == 'idm_score' }.latest.value", is(0.9171f))
                .body("indicators.find { it.indicator_code == 'idm_score' }.previous.value", is(0.9133f))
                .body("indicators.find { it.indicator_code == 'idm_score' }.change", is(0.0038f))
                .body("indicators.find { it.indicator_code == 'idm_status' }.change", nullValue())
                .body("indicators.find { it.indicator_code == 'idm_status' }.category_change.to", is("mandiri"));
    }

    @Test
    void whereSourcesDisagreeTheProfileShowsOneValuePerPeriod() {
        given().get("/api/v1/villages/35.10.09.2005/profile").then()
                .statusCode(200)
                .body("indicators.find { it.indicator_code == 'idm_score' }.latest.period", is("2024"))
                .body("indicators.find { it.indicator_code == 'idm_score' }.previous.period", is("2023"));
    }

    @Test
    void aKelurahanGetsAnHonestProfileWithoutIdm() {
        given().get("/api/v1/villages/35.10.16.1001/profile").then()
                .statusCode(200)
                .body("village.type", is("kelurahan"))
                .body("indicators", hasSize(0))
                .body("not_covered.indicator_code", containsInAnyOrder("idm_score", "iks_score", "ike_score",
                        "ikl_score", "idm_status"))
                .body("not_covered[0].reason", is("covers desa only; this village is a kelurahan"));
    }

    @Test
    void unknownAndMalformedVillagesAreProblems() {
        given().get("/api/v1/villages/35.10.01.2999/profile").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/villages/35.10.01/profile").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
