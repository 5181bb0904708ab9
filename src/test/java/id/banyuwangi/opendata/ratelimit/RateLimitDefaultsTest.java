package id.banyuwangi.opendata.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.Keys;
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

    /** What a response says is left of the quota, and in how many seconds the window resets. */
    private record State(long remaining, long reset) {
    }

    private static State state(Response response) {
        response.then().header("RateLimit-Policy", "\"anonymous\";q=" + QUOTA + ";w=60");
        Matcher state = STATE.matcher(response.header("RateLimit"));
        assertTrue(state.matches(), response.header("RateLimit"));
        long reset = Long.parseLong(state.group(2));
        assertTrue(reset >= 1 && reset <= 60, "t=" + reset);
        return new State(Long.parseLong(state.group(1)), reset);
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
            state(response);
        }
    }

    @Test
    void forwardedForIsIgnoredUnlessTrusted() {
        // Both requests count against the one loopback client; only a window that rolled over between them (a
        // reset time that went up) can restart the count, and then the pair is taken again.
        for (int attempt = 0; attempt < 3; attempt++) {
            State first = state(given().header("X-Forwarded-For", "2001:db8::1").get("/api/v1/regency"));
            State second = state(given().header("X-Forwarded-For", "2001:db8::2").get("/api/v1/regency"));
            if (second.reset() <= first.reset()) {
                assertEquals(first.remaining() - 1, second.remaining(), first + " then " + second);
                return;
            }
        }
        throw new AssertionError("the rate-limit window rolled over at every attempt");
    }

    @Test
    void anApiKeyHasItsOwnPolicy() {
        given().header("Authorization", "Bearer " + Keys.ADMIN).get("/api/v1/regency").then()
                .statusCode(200)
                .header("RateLimit-Policy", "\"api-key\";q=" + QUOTA + ";w=60");
        given().header("Authorization", "Bearer some-made-up-key").get("/api/v1/regency").then()
                .statusCode(200)
                .header("RateLimit-Policy", startsWith("\"anonymous\";"));
    }

    @Test
    void operationalEndpointsAreNotLimited() {
        for (String path : List.of("/q/health", "/q/metrics", "/q/openapi")) {
            given().get(path).then().statusCode(200).header("RateLimit-Policy", nullValue())
                    .header("RateLimit", nullValue());
        }
    }
}
