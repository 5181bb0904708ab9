package id.banyuwangi.opendata.publicservice.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the demonstration switch on, synthetic statistics appear, and say so everywhere. */
@QuarkusTest
@TestProfile(SyntheticDeliveryStatisticsTest.SyntheticOn.class)
class SyntheticDeliveryStatisticsTest {

    /** Switches the synthetic delivery statistics on. */
    public static class SyntheticOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opendata.synthetic.delivery-statistics", "true");
        }
    }

    @Test
    void everySyntheticRowAndTheServicesSayTheyAreSynthetic() {
        given().get("/api/v1/services/akta_kelahiran/statistics?limit=1000").then().statusCode(200)
                .body("items", hasSize(25 * 12))
                .body("items.synthetic", everyItem(is(true)))
                .body("items.source", everyItem(is("SYNTHETIC_DEMONSTRATION")));
        given().get("/api/v1/services").then().statusCode(200).body("items", hasSize(8))
                .body("items.statistics", everyItem(is("synthetic")));
        given().get("/api/v1/sources/SYNTHETIC_DEMONSTRATION").then().statusCode(200).body("status", is("synthetic"));
    }

    @Test
    void theSetIsAReleaseOfADatasetMarkedSynthetic() {
        given().get("/api/v1/datasets/smart-kampung-delivery-statistics-synthetic").then().statusCode(200)
                .body("synthetic", is(true)).body("latest_version", is(1))
                .body("title_en", startsWith("[SYNTHETIC]")).body("license.id", is("CC0-1.0"));
        given().get("/api/v1/datasets/smart-kampung-delivery-statistics-synthetic/versions/1").then()
                .statusCode(200).body("row_count", is(25 * 8 * 12));
        given().get("/api/v1/services/e_ktp/statistics?limit=3").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.release.dataset", everyItem(is("smart-kampung-delivery-statistics-synthetic")))
                .body("items.release.version", everyItem(is(1)));
        given().get("/api/v1/datasets/smart-kampung-delivery-statistics").then().statusCode(200)
                .body("synthetic", is(false)).body("latest_version", nullValue());
    }

    @Test
    void theSyntheticSetIsDeterministic() {
        given().get("/api/v1/services/e_ktp/statistics?village_code=35.10.01.2001&period_from=2024-01"
                + "&period_to=2024-01").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].district_code", is("35.10.01"))
                .body("items[0].requests_received", org.hamcrest.Matchers.greaterThanOrEqualTo(5));
    }
}
