package id.banyuwangi.opendata.region.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Publishing a release of the villages dataset updates what /api/v1/villages serves, and what exports that name the
 * village send; the test publishes the seed's names again at the end.
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class VillageProjectionTest {

    private static final String VILLAGES = "/api/v1/datasets/villages";
    /** An export that names the village: sent from its file once it has been asked for. */
    private static final String OBSERVATIONS = "/api/v1/observations/download?area_code=35.10.01.2001";

    @Test
    void aRenameInANewReleaseReachesTheVillageEndpointAndKeepsTheOldName() {
        String csv = given().get(VILLAGES + "/versions/latest/download").then().statusCode(200).extract()
                .asString();
        String old = given().get("/api/v1/villages/35.10.01.2001").then().statusCode(200).extract().path("name");
        String renamed = csv.replace("35.10.01.2001," + old + ",", "35.10.01.2001," + old + " Baru,");

        String draft = Keys.asAdmin().contentType("text/csv").body(renamed)
                .queryParam("notes_id", "Uji ganti nama").queryParam("notes_en", "Test rename")
                .post(VILLAGES + "/drafts").then().statusCode(201)
                .body("diff.changed", is(1)).body("diff.added", is(0)).body("diff.removed", is(0))
                .extract().path("id");
        Response before = given().get(OBSERVATIONS);
        before.then().statusCode(200).body(containsString("," + old + ","));
        given().get(OBSERVATIONS).then().statusCode(200).header("ETag", before.header("ETag"));
        Keys.asAdmin().post(VILLAGES + "/drafts/" + draft + "/publish").then().statusCode(201);

        Response after = given().header("If-None-Match", before.header("ETag")).get(OBSERVATIONS);
        after.then().statusCode(200).body(containsString("," + old + " Baru,"))
                .body(not(containsString("," + old + ",")));
        assertNotEquals(before.header("ETag"), after.header("ETag"), "the export's copies are stale after a rename");
        given().get("/api/v1/villages/35.10.01.2001").then().statusCode(200)
                .body("name", is(old + " Baru"))
                .body("former_names.name", hasItem(old));
        given().get("/api/v1/villages?q=" + old + " Baru").then().body("items.code", hasItem("35.10.01.2001"));

        String restore = Keys.asAdmin().contentType("text/csv").body(csv)
                .queryParam("notes_id", "Uji pulihkan").queryParam("notes_en", "Test restore")
                .post(VILLAGES + "/drafts").then().statusCode(201).body("diff.changed", is(1))
                .extract().path("id");
        Keys.asAdmin().post(VILLAGES + "/drafts/" + restore + "/publish").then().statusCode(201);
        given().get("/api/v1/villages/35.10.01.2001").then().statusCode(200)
                .body("name", is(old))
                .body("former_names.name", hasItem(old + " Baru"));
        given().get(OBSERVATIONS).then().statusCode(200).body(containsString("," + old + ","))
                .body(not(containsString(" Baru,")));
    }
}
