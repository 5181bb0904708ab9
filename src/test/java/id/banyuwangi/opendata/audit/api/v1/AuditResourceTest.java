package id.banyuwangi.opendata.audit.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** Every write is in the audit log, whatever its outcome; only admins read it. */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class AuditResourceTest {

    @Test
    void aWriteIsRecordedWithItsKeyActionTargetAndOutcome() {
        String id = Publishing.createMarkets();
        Keys.asAdmin().get("/api/v1/audit?action=createDataset&limit=1").then().statusCode(200)
                .header("Cache-Control", is("no-store"))
                .body("items[0].action", is("createDataset"))
                .body("items[0].method", is("POST"))
                .body("items[0].status", is(201))
                .body("items[0].outcome", is("success"))
                .body("items[0].key_name", is("publisher dpmd-banyuwangi"))
                .body("items[0].target", endsWith("/api/v1/datasets/" + id));
    }

    @Test
    void rejectedAndUnauthenticatedWritesAreRecordedToo() {
        String id = Publishing.createMarkets();
        Publishing.upload(id, "village_code,market\r\n35.10.99.9999,X\r\n").statusCode(422);
        Keys.asAdmin().get("/api/v1/audit?action=uploadDatasetDraft&limit=1").then()
                .body("items[0].status", is(422))
                .body("items[0].outcome", is("rejected"))
                .body("items[0].path", is("/api/v1/datasets/" + id + "/drafts"))
                .body("items[0].detail", startsWith("The upload has 1 problem(s)"));

        given().contentType("text/csv").body("x").post("/api/v1/datasets/" + id + "/drafts?notes_id=a&notes_en=b")
                .then().statusCode(401);
        Keys.asAdmin().get("/api/v1/audit?limit=1").then()
                .body("items[0].status", is(401))
                .body("items[0].key_id", is((String) null))
                .body("items[0].detail", containsString("needs an API key"));
    }

    @Test
    void onlyAdminsReadTheLog() {
        Keys.asPublisherOf(Publishing.ORGANIZATION).get("/api/v1/audit").then().statusCode(403);
        given().get("/api/v1/audit").then().statusCode(401);
    }
}
