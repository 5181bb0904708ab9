package id.banyuwangi.opendata.indicator.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A release of the IDM dataset reaches the observations, the summaries and the village profiles through the API,
 * with its provenance, and earlier releases stay answerable with {@code as_of}. The test restores the seed's
 * figures by publishing them again at the end.
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class IndicatorReleaseTest {

    private static final String IDM = "idm";
    private static final String OWNER = "dpmd-banyuwangi";
    private static final String CHANGED = "35.10.01.2009";
    private static final String SOURCE_2024 = ",index_0_1,KEMENDESA_IDM2024_KRISTONOVA,";
    private static final String OLD_2024 = CHANGED + ",idm_score,2024,0.8921" + SOURCE_2024;
    private static final String NEW_2024 = CHANGED + ",idm_score,2024,0.5921" + SOURCE_2024;
    private static final String ADDED_2025 = """
            35.10.01.2001,idm_score,2025,0.9300,index_0_1,KEMENDESA_IDM2024_KRISTONOVA,test release\r
            35.10.01.2002,idm_score,2025,0.9512,index_0_1,KEMENDESA_IDM2024_KRISTONOVA,test release\r
            35.10.01.2004,idm_score,2025,0.9201,index_0_1,KEMENDESA_IDM2024_KRISTONOVA,test release\r
            """;

    @Test
    void aNewIdmReleaseReachesEveryViewAndEarlierReleasesStayAnswerable() {
        int before = given().get("/api/v1/datasets/idm/versions/latest").then().statusCode(200).extract()
                .path("version");
        String seed = given().get("/api/v1/datasets/idm/versions/latest/download").then().statusCode(200).extract()
                .asString();
        assertTrue(seed.contains(OLD_2024 + "\r\n"), "the seed release holds the value this test changes");
        BigDecimal sumBefore = regencySum("");
        String emptyDownload = download2025(0);

        int version = Publishing.publish(OWNER, IDM, seed.replace(OLD_2024, NEW_2024) + ADDED_2025);
        assertEquals(before + 1, version);
        String fullDownload = download2025(3);
        assertNotEquals(emptyDownload, fullDownload, "the download's ETag changes with the release");

        given().get("/api/v1/observations?indicator=idm_score&period=2025").then().statusCode(200)
                .body("items.area_code", containsInAnyOrder("35.10.01.2001", "35.10.01.2002", "35.10.01.2004"))
                .body("items.value", containsInAnyOrder(0.93f, 0.9512f, 0.9201f))
                .body("items.release.dataset", contains(IDM, IDM, IDM))
                .body("items.release.version", contains(version, version, version));
        BigDecimal sumAfter = regencySum("");
        assertEquals(0, sumBefore.add(new BigDecimal("-0.3")).compareTo(sumAfter),
                sumBefore + " - 0.3 should be " + sumAfter);
        given().get("/api/v1/indicators/idm_score/summary?by=regency&period=2024").then().statusCode(200)
                .body("releases.dataset", contains(IDM)).body("releases.version", contains(version))
                .body("releases[0].url", endsWith("/api/v1/datasets/idm/versions/" + version));

        JsonPath profile = given().get("/api/v1/villages/" + CHANGED + "/profile").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(0.5921f, profile.getFloat("indicators.find { it.indicator_code == 'idm_score' }.latest.value"));
        assertEquals(version, profile.getInt(
                "indicators.find { it.indicator_code == 'idm_score' }.latest.release.version"));

        given().get("/api/v1/observations?indicator=idm_score&period=2024&area_code=" + CHANGED + "&as_of=" + before)
                .then().statusCode(200).body("items.value", contains(0.8921f))
                .body("items.release.version", contains(before));
        given().get("/api/v1/observations?indicator=idm_score&period=2025&as_of=" + before).then().statusCode(200)
                .body("items", empty());
        assertEquals(0, sumBefore.compareTo(regencySum("&as_of=" + before)));
        given().get("/api/v1/indicators/idm_score/summary?by=regency&period=2024&as_of=" + before).then()
                .statusCode(200).body("releases.version", contains(before));

        Publishing.publish(OWNER, IDM, seed);
        given().get("/api/v1/observations?indicator=idm_score&period=2025").then().statusCode(200)
                .body("items", empty());
        assertEquals(0, sumBefore.compareTo(regencySum("")));
        assertNotEquals(fullDownload, download2025(0));
    }

    /**
     * Downloads the 2025 idm scores twice (the second is sent from the file the first left), checks that both hold
     * {@code rows} rows and the same ETag, and returns it.
     */
    private static String download2025(int rows) {
        String path = "/api/v1/observations/download?indicator=idm_score&period=2025";
        Response first = given().get(path).then().statusCode(200).extract().response();
        String second = given().get(path).then().statusCode(200).header("ETag", first.header("ETag")).extract()
                .asString();
        assertEquals(first.asString(), second);
        assertEquals(rows + 1, second.split("\r\n").length, second);
        return first.header("ETag");
    }

    @Test
    void aReleaseTheObservationsRefuseIsA422WithTheRowAndNothingIsKept() {
        int before = given().get("/api/v1/datasets/idm/versions/latest").then().statusCode(200).extract()
                .path("version");
        String csv = "area_code,indicator,period,value,unit,source,note\r\n"
                + "35.10.01.2001,idm_score,2026,0.9,index_0_1,KEMENDESA_IDM2024_KRISTONOVA,\r\n"
                + "35.10.01.2002,idm_skor,2026,0.9,index_0_1,KEMENDESA_IDM2024_KRISTONOVA,\r\n";
        Publishing.upload(OWNER, IDM, csv).statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].row", is(2))
                .body("errors[0].detail", containsString("indicator 'idm_skor' is not catalogued"));
        given().get("/api/v1/datasets/idm/versions/latest").then().body("version", is(before));
        given().get("/api/v1/observations?indicator=idm_score&period=2026").then().body("items", empty());
    }

    @Test
    void asOfIsCheckedAndADateAnswersWhatWasPublishedByThen() {
        given().get("/api/v1/observations?indicator=idm_score&as_of=99").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("as_of"));
        given().get("/api/v1/observations?as_of=1").then().statusCode(400).body("errors[0].field", is("as_of"));
        given().get("/api/v1/observations?indicator=idm_score&as_of=soon").then().statusCode(400)
                .body("errors[0].field", is("as_of"));
        given().get("/api/v1/observations?indicator=idm_score&as_of=2000-01-01").then().statusCode(200)
                .body("items", empty());
        given().get("/api/v1/observations?indicator=population_total&area_code=35.10&as_of=2999-12-31").then()
                .statusCode(200).body("items", hasSize(given().get(
                        "/api/v1/observations?indicator=population_total&area_code=35.10").then().extract()
                        .jsonPath().getList("items").size()));
    }

    private static BigDecimal regencySum(String query) {
        return new BigDecimal(given().get("/api/v1/indicators/idm_score/summary?by=regency&period=2024" + query)
                .then().statusCode(200).extract().jsonPath().getString("groups[0].sum"));
    }
}
