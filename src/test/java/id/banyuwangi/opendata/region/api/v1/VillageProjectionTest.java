package id.banyuwangi.opendata.region.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * Publishing a release of the villages dataset updates what /api/v1/villages serves; the test publishes the seed's
 * names again at the end.
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class VillageProjectionTest {

    private static final String VILLAGES = "/api/v1/datasets/villages";

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
        Keys.asAdmin().post(VILLAGES + "/drafts/" + draft + "/publish").then().statusCode(201);

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
    }
}
