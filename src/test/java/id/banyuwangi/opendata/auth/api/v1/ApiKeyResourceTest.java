package id.banyuwangi.opendata.auth.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API keys: created by admins, shown once, stored hashed, revocable, each with its role. */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class ApiKeyResourceTest {

    @Test
    void anAdminCreatesAKeyThatIsShownOnceAndWorksUntilRevoked() {
        var issued = Keys.asAdmin().contentType("application/json")
                .body(Map.of("name", "upload job", "role", "publisher", "organization", "dpmd-banyuwangi"))
                .post("/api/v1/keys").then().statusCode(201)
                .header("Cache-Control", is("no-store"))
                .body("key.role", is("publisher"))
                .body("key.organization", is("dpmd-banyuwangi"))
                .body("key.created_by", startsWith("key_"))
                .body("secret", startsWith("odk_"))
                .extract();
        String id = issued.path("key.id");
        String secret = issued.path("secret");
        Keys.asAdmin().get("/api/v1/keys").then().statusCode(200)
                .body("items.id", hasItem(id))
                .body(not(containsString(secret)));
        Keys.as(secret).get("/api/v1/datasets/idm/drafts").then().statusCode(200);

        Instant revoking = Instant.now();
        String revokedAt = Keys.asAdmin().delete("/api/v1/keys/" + id).then().statusCode(200).extract()
                .path("revoked_at");
        assertTrue(Duration.between(revoking, Instant.parse(revokedAt)).abs().toSeconds() < 60, revokedAt);
        Keys.as(secret).get("/api/v1/datasets/idm/drafts").then().statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    @Test
    void onlyAdminsManageKeys() {
        String publisher = Keys.publisher("dpmd-banyuwangi");
        Keys.as(publisher).get("/api/v1/keys").then().statusCode(403).body("type", is("/problems/forbidden"));
        Keys.as(publisher).contentType("application/json")
                .body(Map.of("name", "escalation", "role", "admin")).post("/api/v1/keys").then().statusCode(403);
    }

    @Test
    void aPublisherKeyNeedsAnOrganizationAndAnAdminKeyHasNone() {
        Keys.asAdmin().contentType("application/json").body(Map.of("name", "x", "role", "publisher"))
                .post("/api/v1/keys").then().statusCode(400).body("errors[0].field", is("organization"));
        Keys.asAdmin().contentType("application/json")
                .body(Map.of("name", "x", "role", "admin", "organization", "dpmd-banyuwangi"))
                .post("/api/v1/keys").then().statusCode(400).body("errors[0].field", is("organization"));
        Keys.asAdmin().contentType("application/json").body(Map.of("name", "x", "role", "root"))
                .post("/api/v1/keys").then().statusCode(400).body("errors[0].field", is("role"));
        Keys.asAdmin().contentType("application/json")
                .body(Map.of("name", "x", "role", "admin", "expires_at", Instant.now().minusSeconds(60).toString()))
                .post("/api/v1/keys").then().statusCode(400).body("errors[0].field", is("expires_at"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearer", "Bearer short", "Bearer odk_with spaces in it and more",
        "Token odk_0123456789012345678901234567890123456789"})
    void aMalformedAuthorizationHeaderIsA401(String header) {
        given().header("Authorization", header).get("/api/v1/keys").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer realm=\"open-data-api\""));
    }

    @Test
    void anUnknownKeyIsA401() {
        Keys.as("odk_0123456789012345678901234567890123456789012").get("/api/v1/keys").then().statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", is("/problems/unauthorized"));
    }
}
