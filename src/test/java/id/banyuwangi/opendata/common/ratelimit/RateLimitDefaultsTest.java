package id.banyuwangi.opendata.common.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rate-limit headers under the test configuration that the whole suite shares (a quota high enough never to
 * be reached), with {@code X-Forwarded-For} not trusted, as by default.
 */
@QuarkusTest
class RateLimitDefaultsTest {

    private static final int QUOTA = 1_000_000;
    private static final Pattern STATE = Pattern.compile("\"anonymous\";r=(\\d+);t=(\\d+)");

    private static long remaining(Response response) {
        response.then().header("RateLimit-Policy", "\"anonymous\";q=" + QUOTA + ";w=60");
        Matcher state = STATE.matcher(response.header("RateLimit"));
        assertTrue(state.matches(), response.header("RateLimit"));
        long reset = Long.parseLong(state.group(2));
        assertTrue(reset >= 1 && reset <= 60, "t=" + reset);
        return Long.parseLong(state.group(1));
    }

    @Test
    void everyCountedResponseCarriesThePolicyAndTheState() {
        String path = "/api/v1/districts/35.10.02";
        Response rendered = given().get(path);
        Response cached = given().get(path);
        Response notModified = given().header("If-None-Match", rendered.header("ETag")).get(path);
        Response notFound = given().get("/api/v1/districts/35.10.99");
        Response badRequest = given().get("/api/v1/districts?limit=0");
        assertEquals(List.of(200, 200, 304, 404, 400), List.of(rendered.statusCode(), cached.statusCode(),
                notModified.statusCode(), notFound.statusCode(), badRequest.statusCode()));
        for (Response response : List.of(rendered, cached, notModified, notFound, badRequest)) {
            remaining(response);
        }
    }

    @Test
    void forwardedForIsIgnoredUnlessTrusted() {
        long first = remaining(given().header("X-Forwarded-For", "2001:db8::1").get("/api/v1/regency"));
        long second = remaining(given().header("X-Forwarded-For", "2001:db8::2").get("/api/v1/regency"));
        assertTrue(second == first - 1 || second == QUOTA - 1, first + " then " + second);
    }

    @Test
    void anApiKeyHasItsOwnPolicy() {
        given().header("Authorization", "Bearer some-api-key").get("/api/v1/regency").then()
                .statusCode(200)
                .header("RateLimit-Policy", "\"api-key\";q=" + QUOTA + ";w=60");
    }

    @Test
    void operationalEndpointsAreNotLimited() {
        for (String path : List.of("/q/health", "/q/metrics", "/q/openapi")) {
            given().get(path).then().statusCode(200).header("RateLimit-Policy", nullValue())
                    .header("RateLimit", nullValue());
        }
    }
}
