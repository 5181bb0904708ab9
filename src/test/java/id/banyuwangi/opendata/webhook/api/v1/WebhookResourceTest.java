package id.banyuwangi.opendata.webhook.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.WebhookTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Managing webhook subscriptions: who may, what they show, bad input. */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class WebhookResourceTest {

    /** A receiver URL nothing listens on; these tests never publish, so nothing is sent to it. */
    private static final String URL = "http://127.0.0.1:9/hook";
    private static final String ORGANIZATION = "dpmd-banyuwangi";
    private static final String OTHER = "dispendukcapil-banyuwangi";

    private static JsonPath subscribe(String key, Map<String, Object> body) {
        return Keys.as(key).contentType("application/json").body(body).post("/api/v1/webhooks").then()
                .statusCode(201).extract().jsonPath();
    }

    @Test
    void aSubscriptionShowsItsSecretOnceAndIsListedReadAndDeleted() {
        Map<String, Object> body = new HashMap<>();
        body.put("url", URL);
        body.put("description", "Mirror");
        body.put("event_types", List.of("version_published", "dataset_withdrawn"));
        body.put("datasets", List.of("villages", "idm"));
        JsonPath issued = subscribe(Keys.publisher(ORGANIZATION), body);
        String id = issued.getString("webhook.id");
        String secret = issued.getString("secret");
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length, secret);
        assertEquals(true, id.matches("wh_[0-9a-f]{16}"), id);
        Keys.asPublisherOf(ORGANIZATION).get("/api/v1/webhooks/" + id).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("url", is(URL))
                .body("description", is("Mirror"))
                .body("event_types", contains("version_published", "dataset_withdrawn"))
                .body("datasets", contains("villages", "idm"))
                .body("status", is("active"))
                .body("consecutive_failures", is(0))
                .body("organization", is(ORGANIZATION))
                .body("disabled_at", nullValue())
                .body("$", not(hasKey("secret")));
        Keys.asPublisherOf(ORGANIZATION).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("items.size()", is(0))
                .body("paging.next_cursor", nullValue());
        Keys.asAdmin().get("/api/v1/webhooks?limit=1000").then().statusCode(200).body("items.id", hasItem(id));
        Keys.asPublisherOf(OTHER).get("/api/v1/webhooks/" + id).then().statusCode(404);
        Keys.asPublisherOf(OTHER).get("/api/v1/webhooks?limit=1000").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Keys.asPublisherOf(OTHER).delete("/api/v1/webhooks/" + id).then().statusCode(404);
        Keys.asPublisherOf(ORGANIZATION).delete("/api/v1/webhooks/" + id).then().statusCode(200).body("id", is(id));
        Keys.asPublisherOf(ORGANIZATION).get("/api/v1/webhooks/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        Keys.asAdmin().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
    }

    @Test
    void everyTypeAndDatasetIsNullAndAnAdminSubscriptionHasNoOrganization() {
        JsonPath issued = subscribe(Keys.ADMIN, Map.of("url", URL));
        String id = issued.getString("webhook.id");
        Keys.asAdmin().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("event_types", nullValue())
                .body("datasets", nullValue())
                .body("description", nullValue())
                .body("organization", nullValue());
        Keys.asPublisherOf(ORGANIZATION).get("/api/v1/webhooks/" + id).then().statusCode(404);
        Keys.asAdmin().delete("/api/v1/webhooks/" + id).then().statusCode(200);
    }

    @Test
    void theListIsCursorPagedAndGivesEverySubscriptionOnce() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(subscribe(Keys.publisher(OTHER), Map.of("url", URL)).getString("webhook.id"));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = Keys.asPublisherOf(OTHER).queryParam("limit", 1)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).get("/api/v1/webhooks").then()
                    .statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("paging.next_cursor");
        } while (cursor != null);
        assertEquals(made.stream().sorted().toList(), seen);
        made.forEach(id -> Keys.asPublisherOf(OTHER).delete("/api/v1/webhooks/" + id).then().statusCode(200));
    }

    @Test
    void everyOperationNeedsAKey() {
        given().contentType("application/json").body(Map.of("url", URL)).post("/api/v1/webhooks").then()
                .statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/webhooks").then().statusCode(401);
        given().get("/api/v1/webhooks/wh_0000000000000000").then().statusCode(401);
        given().delete("/api/v1/webhooks/wh_0000000000000000").then().statusCode(401);
        given().get("/api/v1/webhooks/wh_0000000000000000/deliveries").then().statusCode(401);
    }

    static Stream<Arguments> badSubscriptions() {
        return Stream.of(
                Arguments.of("{\"description\":\"no url\"}", "url"),
                Arguments.of("{\"url\":\"ftp://127.0.0.1/hook\"}", "url"),
                Arguments.of("{\"url\":\"file:///etc/passwd\"}", "url"),
                Arguments.of("{\"url\":\"http://host.invalid/hook\"}", "url"),
                Arguments.of("{\"url\":\"http://127.0.0.1:9/" + "x".repeat(2000) + "\"}", "url"),
                Arguments.of("{\"url\":\"" + URL + "\",\"event_types\":[\"dataset_deleted\"]}", "event_types"),
                Arguments.of("{\"url\":\"" + URL + "\",\"event_types\":[]}", "event_types"),
                Arguments.of("{\"url\":\"" + URL + "\",\"datasets\":[\"Villages!\"]}", "datasets"),
                Arguments.of("{\"url\":\"" + URL + "\",\"datasets\":[]}", "datasets"),
                Arguments.of("{\"url\":\"" + URL + "\",\"description\":\"" + "x".repeat(501) + "\"}",
                        "description"));
    }

    @ParameterizedTest
    @MethodSource("badSubscriptions")
    void aBadSubscriptionIsA400ProblemNamingTheField(String body, String field) {
        Keys.asAdmin().contentType("application/json").body(body).post("/api/v1/webhooks").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is(field));
    }

    @Test
    void anUnknownFieldOrAMalformedBodyIsA400Problem() {
        Keys.asAdmin().contentType("application/json").body("{\"url\":\"" + URL + "\",\"secret\":\"mine\"}")
                .post("/api/v1/webhooks").then().statusCode(400).contentType("application/problem+json");
        Keys.asAdmin().contentType("application/json").body("{\"url\":").post("/api/v1/webhooks").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", matchesPattern(".*/problems/malformed-body"));
    }

    @Test
    void aBadCursorOrLimitOfTheLogIsA400Problem() {
        String id = subscribe(Keys.ADMIN, Map.of("url", URL)).getString("webhook.id");
        Keys.asAdmin().get("/api/v1/webhooks/" + id + "/deliveries?cursor=nope").then().statusCode(400)
                .body("errors[0].field", is("cursor"));
        Keys.asAdmin().get("/api/v1/webhooks/" + id + "/deliveries?limit=0").then().statusCode(400)
                .body("errors[0].field", is("limit"));
        Keys.asAdmin().get("/api/v1/webhooks/" + id + "/deliveries?sort=outcome").then().statusCode(400)
                .body("errors[0].field", is("sort"));
        Keys.asAdmin().delete("/api/v1/webhooks/" + id).then().statusCode(200);
    }
}
