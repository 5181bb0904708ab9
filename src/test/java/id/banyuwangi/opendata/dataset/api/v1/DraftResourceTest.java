package id.banyuwangi.opendata.dataset.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.dataset.release.VersionService;
import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Uploading drafts and publishing them as immutable versions, through the API. */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class DraftResourceTest {

    private static final String V1 = """
            village_code,market,stalls,opened,kind\r
            35.10.01.2001,Pasar Sarongan,12,2019-05-01,daily\r
            35.10.01.2002,Pasar Kandangan,30,,weekly\r
            35.10.02.2001,Pasar Pesanggaran,7,2020-01-15,daily\r
            """;
    /** Kandangan changed, Pesanggaran removed, Sumberagung added; Sarongan unchanged. */
    private static final String V2 = """
            village_code,market,stalls,opened,kind\r
            35.10.01.2001,Pasar Sarongan,12,2019-05-01,daily\r
            35.10.01.2002,Pasar Kandangan,31,,weekly\r
            35.10.02.2002,Pasar Sumberagung,9,,daily\r
            """;

    @Inject
    VersionService versions;

    @Test
    void aDraftShowsItsDiffAndPublishingItMakesAnImmutableVersion() {
        String id = Publishing.createMarkets();
        assertEquals(1, Publishing.publish(id, V1));
        byte[] v1 = download(id, 1);
        String sha1 = given().get("/api/v1/datasets/" + id + "/versions/1").then().statusCode(200)
                .body("row_count", is(3)).extract().path("sha256");
        assertEquals(sha1, Sha256.hex(v1));

        String draft = Publishing.upload(id, V2).statusCode(201)
                .header("Location", containsString("/api/v1/datasets/" + id + "/drafts/"))
                .header("Cache-Control", is("no-store"))
                .body("status", is("ready"))
                .body("base_version", is(1))
                .body("row_count", is(3))
                .body("diff.added", is(1)).body("diff.changed", is(1)).body("diff.removed", is(1))
                .body("diff.unchanged", is(1))
                .extract().path("id");
        String location = Keys.asPublisherOf(Publishing.ORGANIZATION)
                .post("/api/v1/datasets/" + id + "/drafts/" + draft + "/publish").then().statusCode(201)
                .body("version", is(2)).body("row_count", is(3))
                .extract().header("Location");
        String self = given().get("/api/v1/datasets/" + id + "/versions/2").then().extract().path("links.self");
        assertEquals(self, location);

        assertArrayEquals(v1, download(id, 1), "version 1 is byte for byte what it was");
        assertEquals(sha1, given().get("/api/v1/datasets/" + id + "/versions/1").then().extract().path("sha256"));
        String sha2 = given().get("/api/v1/datasets/" + id + "/versions/latest").then().body("version", is(2))
                .extract().path("sha256");
        assertEquals(sha2, Sha256.hex(download(id, 2)));
        // 3 rows of version 1 plus the changed and the added row of version 2
        assertEquals(5, versions.storedRows(id));
        given().get("/api/v1/datasets/" + id + "/diff?from=1&to=2").then().statusCode(200)
                .body("items.change", contains("changed", "removed", "added"))
                .body("items[0].fields.field", contains("stalls"))
                .body("items[0].fields[0].old", is(30)).body("items[0].fields[0].new", is(31));
        Keys.asPublisherOf(Publishing.ORGANIZATION).get("/api/v1/datasets/" + id + "/drafts/" + draft).then()
                .statusCode(200).body("status", is("published")).body("published_version", is(2));
    }

    @Test
    void rowsThatBreakTheSchemaAreListedByRowAndFieldAndNothingIsKept() {
        String id = Publishing.createMarkets();
        Publishing.upload(id, """
                village_code,market,stalls,opened,kind\r
                35.10.01.2001,Pasar A,12,2019-05-01,daily\r
                35.10.01.2001,Pasar A,13,,daily\r
                35.10.99.2001,Pasar B,-1,2019-13-01,monthly\r
                ,Pasar C,x,,\r
                """).statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("/problems/invalid-data"))
                .body("errors.row", contains(2, 3, 3, 3, 3, 4, 4))
                .body("errors.field", contains("village_code,market", "village_code", "stalls", "opened", "kind",
                        "village_code", "stalls"))
                .body("errors[0].detail", is("repeats the key '35.10.01.2001|Pasar A' of row 1"))
                .body("errors[1].detail", containsString("not a Kemendagri code"));
        Keys.asPublisherOf(Publishing.ORGANIZATION).get("/api/v1/datasets/" + id + "/drafts").then()
                .statusCode(200).body("items", hasSize(0));
        given().get("/api/v1/datasets/" + id + "/versions").then().body("items", hasSize(0));
    }

    @Test
    void polygonsAreStoredCounterClockwiseAndAnInvalidOneIsRefusedWithItsReason() throws Exception {
        String id = "areas-" + UUID.randomUUID().toString().substring(0, 8);
        String description = Publishing.marketsDescription(id).replaceFirst("(?s)\"table_schema\":.*$", """
                "table_schema":{"fields":[{"name":"code","type":"string","constraints":{"required":true}},
                {"name":"area","type":"geojson"}],"primaryKey":["code"]}}""");
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/json").body(description)
                .post("/api/v1/datasets").then().statusCode(201);
        String clockwise = "\"{\"\"type\"\":\"\"Polygon\"\",\"\"coordinates\"\":[[[0,0],[0,1],[1,1],[1,0],[0,0]]]}\"";
        String bowtie = "\"{\"\"type\"\":\"\"Polygon\"\",\"\"coordinates\"\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}\"";
        Publishing.upload(id, "code,area\r\nA," + clockwise + "\r\nB," + bowtie + "\r\n").statusCode(422)
                .body("errors.row", contains(2))
                .body("errors.field", contains("area"))
                .body("errors[0].detail", startsWith("is not a valid geometry: Self-intersection near 0.500000,"));
        Publishing.publish(id, "code,area\r\nA," + clockwise + "\r\n");
        String download = given().get("/api/v1/datasets/" + id + "/versions/1/download?format=geojson").then()
                .statusCode(200).extract().asString();
        String geometry = new ObjectMapper().readTree(download).path("features").path(0).path("geometry").toString();
        Polygon polygon = (Polygon) new GeoJsonReader().read(geometry);
        assertTrue(Orientation.isCCW(polygon.getExteriorRing().getCoordinates()), geometry);
        assertEquals(1.0, polygon.getArea());
    }

    @Test
    void theErrorListIsCappedAndGivesTheTotal() {
        String id = Publishing.createMarkets();
        StringBuilder csv = new StringBuilder("village_code,market,stalls\r\n");
        for (int i = 0; i < 150; i++) {
            csv.append("35.10.01.2001,Pasar ").append(i).append(",many\r\n");
        }
        Publishing.upload(id, csv.toString()).statusCode(422)
                .body("errors", hasSize(100))
                .body("detail", startsWith("The upload has 150 problem(s); the first 100 are listed."));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyDoesNotActTwice() {
        String id = Publishing.createMarkets();
        String key = UUID.randomUUID().toString();
        String first = upload(id, V1, key).statusCode(201).extract().asString();
        String again = upload(id, V1, key).statusCode(201).extract().asString();
        assertEquals(first, again);
        Keys.asPublisherOf(Publishing.ORGANIZATION).get("/api/v1/datasets/" + id + "/drafts").then()
                .body("items", hasSize(1));
        upload(id, V2, key).statusCode(422).body("type", is("/problems/idempotency-key-reused"));

        String draft = JsonPath.from(first).getString("id");
        String publishKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            Keys.asPublisherOf(Publishing.ORGANIZATION).header("Idempotency-Key", publishKey)
                    .post("/api/v1/datasets/" + id + "/drafts/" + draft + "/publish").then().statusCode(201)
                    .body("version", is(1));
        }
        given().get("/api/v1/datasets/" + id + "/versions").then().body("items.version", contains(1));
        Keys.asPublisherOf(Publishing.ORGANIZATION).post("/api/v1/datasets/" + id + "/drafts/" + draft + "/publish")
                .then().statusCode(409).body("type", is("/problems/conflict"));
    }

    @Test
    void aDiscardedDraftIsGoneAndADraftOverAnOlderVersionCannotBePublished() {
        String id = Publishing.createMarkets();
        String discarded = Publishing.upload(id, V1).statusCode(201).extract().path("id");
        Keys.asPublisherOf(Publishing.ORGANIZATION).delete("/api/v1/datasets/" + id + "/drafts/" + discarded)
                .then().statusCode(204);
        Keys.asPublisherOf(Publishing.ORGANIZATION)
                .post("/api/v1/datasets/" + id + "/drafts/" + discarded + "/publish").then().statusCode(409);

        String a = Publishing.upload(id, V1).statusCode(201).extract().path("id");
        String b = Publishing.upload(id, V2).statusCode(201).extract().path("id");
        Keys.asPublisherOf(Publishing.ORGANIZATION).post("/api/v1/datasets/" + id + "/drafts/" + a + "/publish")
                .then().statusCode(201);
        Keys.asPublisherOf(Publishing.ORGANIZATION).post("/api/v1/datasets/" + id + "/drafts/" + b + "/publish")
                .then().statusCode(409).body("detail", containsString("upload the data again"));
        given().get("/api/v1/datasets/" + id + "/versions").then().body("items.version", contains(1));
    }

    @Test
    void aPublisherActsOnlyForItsOwnOrganization() {
        String id = Publishing.createMarkets();
        String draft = Publishing.upload(id, V1).statusCode(201).extract().path("id");
        String other = "diskominfo-banyuwangi";
        Keys.asPublisherOf(other).contentType("text/csv").body(V1).queryParam("notes_id", "a")
                .queryParam("notes_en", "b").post("/api/v1/datasets/" + id + "/drafts").then().statusCode(403)
                .body("type", is("/problems/forbidden"));
        Keys.asPublisherOf(other).post("/api/v1/datasets/" + id + "/drafts/" + draft + "/publish").then()
                .statusCode(403);
        Keys.asPublisherOf(other).delete("/api/v1/datasets/" + id + "/drafts/" + draft).then().statusCode(403);
        Keys.asPublisherOf(other).contentType("application/merge-patch+json").body("{\"title_en\":\"Mine\"}")
                .patch("/api/v1/datasets/" + id).then().statusCode(403);
        Keys.asPublisherOf(other).contentType("application/json")
                .body(Publishing.marketsDescription("not-yours-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/datasets").then().statusCode(403);
        given().get("/api/v1/datasets/" + id + "/versions").then().body("items", hasSize(0));
        given().get("/api/v1/datasets/" + id).then().body("title_en", is("Village markets"));
        Keys.asAdmin().post("/api/v1/datasets/" + id + "/drafts/" + draft + "/publish").then().statusCode(201);
    }

    @Test
    void writesNeedAKey() {
        String id = Publishing.createMarkets();
        given().contentType("text/csv").body(V1).post("/api/v1/datasets/" + id + "/drafts?notes_id=a&notes_en=b")
                .then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer realm="))
                .body("type", is("/problems/unauthorized"));
        given().get("/api/v1/datasets/" + id + "/drafts").then().statusCode(401);
    }

    @Test
    void releaseNotesInBothLanguagesAreRequired() {
        String id = Publishing.createMarkets();
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("text/csv").body(V1).queryParam("notes_en", "x")
                .post("/api/v1/datasets/" + id + "/drafts").then().statusCode(400)
                .body("errors.field", contains("notes_id"));
    }

    @Test
    void anUnknownDraftOrDatasetIsA404() {
        String id = Publishing.createMarkets();
        Keys.asAdmin().get("/api/v1/datasets/" + id + "/drafts/nope").then().statusCode(404);
        Keys.asAdmin().post("/api/v1/datasets/nope/drafts/nope/publish").then().statusCode(404)
                .body("detail", is("No dataset has the id 'nope'."));
    }

    private static ValidatableResponse upload(String id, String csv, String key) {
        return Keys.asPublisherOf(Publishing.ORGANIZATION).header("Idempotency-Key", key).contentType("text/csv")
                .body(csv).queryParam("notes_id", "Uji").queryParam("notes_en", "Test")
                .post("/api/v1/datasets/" + id + "/drafts").then();
    }

    private static byte[] download(String id, int version) {
        return given().get("/api/v1/datasets/" + id + "/versions/" + version + "/download").then().statusCode(200)
                .extract().asByteArray();
    }
}
