package id.banyuwangi.opendata.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import id.banyuwangi.opendata.testing.Keys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The security headers of every response, and no shared caching of what a client with credentials is answered. */
@QuarkusTest
class SecurityHeadersTest {

    @Inject
    RepresentationCache cache;

    static void assertSecurityHeaders(Response response) {
        response.then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/regency", "/api/v1/villages/35.10.01.2999", "/api/v1/villages?limit=0",
        "/no/such/path", "/problems/not-found", "/q/health", "/q/openapi", "/data.json"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        assertSecurityHeaders(given().get(path));
        assertSecurityHeaders(given().post(path));
    }

    @Test
    void cachedAndNotModifiedAnswersCarryThemToo() {
        String path = "/api/v1/districts/35.10.03";
        Response rendered = given().get(path);
        Response cached = given().get(path);
        Response notModified = given().header("If-None-Match", rendered.header("ETag")).get(path);
        notModified.then().statusCode(304);
        for (Response response : List.of(rendered, cached, notModified)) {
            assertSecurityHeaders(response);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer some-api-key", "Basic dXNlcjpwYXNz"})
    void aRequestWithCredentialsIsNeverStoredByACache(String authorization) {
        String path = "/api/v1/districts/35.10.05";
        String etag = given().get(path).then().statusCode(200).header("Cache-Control", containsString("public"))
                .extract().header("ETag");
        given().header("Authorization", authorization).get(path).then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("ETag", etag);
        given().header("Authorization", authorization).header("If-None-Match", etag).get(path).then()
                .statusCode(304)
                .header("Cache-Control", "no-store");
        given().header("Authorization", authorization).get("/api/v1/villages/35.10.05.2999").then()
                .statusCode(404)
                .header("Cache-Control", "no-store");
    }

    @Test
    void theSharedResponseCacheNeitherAnswersNorStoresARequestWithAnActiveKey() {
        String uri = "http://localhost/api/v1/test/" + UUID.randomUUID();
        HttpServerRequest anonymous = request(uri, null);
        HttpServerRequest withKey = request(uri, "Bearer " + Keys.ADMIN);
        Representation forTheKey = text("for the key only");
        assertSame(forTheKey, cache.get(withKey, () -> forTheKey));
        assertNull(cache.peek(anonymous), "a response to a request with credentials was stored");
        Representation shared = text("for everyone");
        assertSame(shared, cache.get(anonymous, () -> shared));
        assertSame(shared, cache.peek(anonymous));
        assertNull(cache.peek(withKey), "a request with credentials was answered from the shared cache");
        Representation again = text("for the key, rendered again");
        assertSame(again, cache.get(withKey, () -> again));
    }

    @Test
    void aMadeUpTokenIsNoCredentialItGetsTheSharedAnswer() {
        String uri = "http://localhost/api/v1/test/" + UUID.randomUUID();
        Representation shared = text("for everyone");
        assertSame(shared, cache.get(request(uri, null), () -> shared));
        for (int i = 0; i < 3; i++) {
            HttpServerRequest junk = request(uri, "Bearer junk-" + UUID.randomUUID());
            assertSame(shared, cache.peek(junk), "a made-up token bypassed the shared cache");
            assertSame(shared, cache.get(junk, () -> text("rendered again")));
        }
    }

    @Test
    void corsPreflightsCarryThemToo() {
        assertSecurityHeaders(given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "GET").options("/api/v1/regency"));
    }

    private static Representation text(String body) {
        return Representation.of(body.getBytes(StandardCharsets.UTF_8), "text/plain", Map.of());
    }

    /** A request for {@code uri} with the given Authorization header (or none): what the cache reads of it. */
    private static HttpServerRequest request(String uri, String authorization) {
        return (HttpServerRequest) Proxy.newProxyInstance(HttpServerRequest.class.getClassLoader(),
                new Class<?>[] {HttpServerRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "absoluteURI" -> uri;
                    case "getHeader" -> HttpHeaders.AUTHORIZATION.toString().equalsIgnoreCase(args[0].toString())
                            ? authorization : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
