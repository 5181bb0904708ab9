package id.banyuwangi.opendata.dataset.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a client can send wrong: broken CSV, wrong types, unknown columns, injection attempts, oversized bodies,
 * wrong content types and absurd paging. Each is a 4xx problem, never a 5xx, and nothing published changes.
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class BadInputTest {

    private static final String HEADER = "village_code,market,stalls,opened,kind\r\n";
    private static final String GOOD = HEADER + "35.10.01.2001,Pasar Sarongan,12,2019-05-01,daily\r\n";

    static Stream<Arguments> brokenCsv() {
        return Stream.of(
                Arguments.of("empty file", new byte[0], "the file is empty"),
                Arguments.of("header only", bytes(HEADER), "there are no rows"),
                Arguments.of("byte order mark", bytes("\uFEFF" + GOOD), "byte order mark"),
                Arguments.of("wrong column count", bytes(HEADER + "35.10.01.2001,Pasar,1\r\n"), "has 3 values"),
                Arguments.of("unclosed quote", bytes(HEADER + "35.10.01.2001,\"Pasar,1,,daily\r\n"),
                        "cannot be read as CSV"),
                Arguments.of("invalid UTF-8", concat(bytes(HEADER + "35.10.01.2001,Pasar "),
                        new byte[] {(byte) 0xC3, (byte) 0x28}, bytes(",1,,daily\r\n")), "not valid UTF-8"),
                Arguments.of("duplicate key", bytes(GOOD + "35.10.01.2001,Pasar Sarongan,13,,daily\r\n"),
                        "repeats the key"),
                Arguments.of("huge field", bytes(HEADER + "35.10.01.2001," + "x".repeat(5000) + ",1,,daily\r\n"),
                        "longer than 1000 bytes, the most a filterable field holds"),
                Arguments.of("wrong types", bytes(HEADER + "35.10.01.2001,Pasar,twelve,yesterday,daily\r\n"),
                        "is not an integer"),
                Arguments.of("unknown column", bytes("village_code,market,colour\r\n35.10.01.2001,P,red\r\n"),
                        "is not a field of the table schema"),
                Arguments.of("missing required column", bytes("market\r\nPasar\r\n"), "is required but missing"),
                Arguments.of("repeated column", bytes("village_code,market,market\r\n35.10.01.2001,P,Q\r\n"),
                        "appears twice"),
                Arguments.of("formula injection stays text", bytes(HEADER + "=cmd|'/c calc'!A1,P,1,,daily\r\n"),
                        "not a Kemendagri code"),
                Arguments.of("SQL in a value", bytes(HEADER + "35.10.01.2001');DROP TABLE dataset;--,P,1,,\r\n"),
                        "not a Kemendagri code"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCsv")
    void brokenCsvIsA422AndChangesNothing(String name, byte[] body, String problem) {
        String id = Publishing.createMarkets();
        Publishing.publish(id, GOOD);
        String sha = given().get("/api/v1/datasets/" + id + "/versions/latest").then().extract().path("sha256");
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("text/csv").body(body)
                .queryParam("notes_id", "a").queryParam("notes_en", "b")
                .post("/api/v1/datasets/" + id + "/drafts").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Nothing was stored"))
                .body("errors.detail", org.hamcrest.Matchers.hasItem(containsString(problem)));
        given().get("/api/v1/datasets/" + id + "/versions").then().body("items.version", contains(1));
        assertEquals(sha, given().get("/api/v1/datasets/" + id + "/versions/latest").then().extract()
                .path("sha256"));
        Keys.asPublisherOf(Publishing.ORGANIZATION).get("/api/v1/datasets/" + id + "/drafts").then()
                .body("items", hasSize(1));
    }

    @Test
    void anUploadOverTheLimitIsA413() {
        String id = Publishing.createMarkets();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; csv.length() <= WriteTestProfile.MAX_UPLOAD_BYTES; i++) {
            csv.append("35.10.01.2001,Pasar ").append(i).append(",1,,daily\r\n");
        }
        Publishing.upload(id, csv.toString()).statusCode(413).body("type", is("/problems/payload-too-large"));
        given().get("/api/v1/datasets/" + id + "/versions").then().body("items", hasSize(0));
    }

    @Test
    void aJsonBodyOverTheLimitIsA413() {
        String body = Publishing.marketsDescription("too-big").replace("Markets run by villages.",
                "x".repeat(WriteTestProfile.MAX_JSON_BYTES));
        Keys.asAdmin().contentType("application/json").body(body).post("/api/v1/datasets").then()
                .statusCode(413);
        given().get("/api/v1/datasets/too-big").then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/plain", "application/octet-stream", "multipart/form-data"})
    void anUploadThatIsNotCsvIsA415(String contentType) {
        String id = Publishing.createMarkets();
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType(contentType).body(bytes(GOOD))
                .post("/api/v1/datasets/" + id + "/drafts?notes_id=a&notes_en=b").then().statusCode(415)
                .contentType("application/problem+json");
        Keys.asAdmin().contentType("text/csv").body(bytes(Publishing.marketsDescription("as-csv")))
                .post("/api/v1/datasets").then().statusCode(415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"village_code=%27%20OR%20%271%27=%271", "market=x%27%3B%20DROP%20TABLE%20dataset_record%3B--",
        "stalls_min=1%20OR%201%3D1", "opened_max=2020-01-01'--", "q=%25'%20OR%201=1--", "sort=stalls;DROP",
        "fields=village_code,%28select%201%29", "village_code%3D1%20OR%201=1=x"})
    void injectionAttemptsInFiltersFindNothingOrAreA400(String query) {
        String id = Publishing.createMarkets();
        Publishing.publish(id, GOOD);
        ValidatableResponse response = given().urlEncodingEnabled(false)
                .get("/api/v1/datasets/" + id + "/versions/1/records?" + query).then();
        int status = response.extract().statusCode();
        assertTrue(status == 200 || status == 400, query + " answered " + status);
        if (status == 200) {
            response.body("items", hasSize(0));
        } else {
            response.contentType("application/problem+json");
        }
        given().get("/api/v1/datasets/" + id + "/versions/1/records").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=-1", "limit=1000001", "limit=99999999999999999999", "limit=abc",
        "cursor=not-a-cursor"})
    void absurdPagingIsA400(String query) {
        for (String path : new String[] {"/api/v1/datasets", "/api/v1/datasets/villages/versions/1/records",
            "/api/v1/villages", "/api/v1/datasets/villages/diff?from=1&to=2&"}) {
            String url = path + (path.endsWith("&") ? "" : "?") + query;
            given().urlEncodingEnabled(false).get(url).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
