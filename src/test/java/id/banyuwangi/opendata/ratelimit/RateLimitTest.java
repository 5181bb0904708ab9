package id.banyuwangi.opendata.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.Keys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Small quotas on the memory store. Every test is its own client: a fresh address in {@code X-Forwarded-For}
 * (trusted in this profile) or a fresh API key, so the tests share no counter and run in any order.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallQuotas.class)
class RateLimitTest {

    static final int ANONYMOUS = 5;
    static final int KEYED = 8;
    private static final Pattern STATE = Pattern.compile("\"([a-z-]+)\";r=(\\d+);t=(\\d+)");

    /** Five requests an hour per address, eight per API key, counted in memory, behind a trusted proxy. */
    public static class SmallQuotas implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return smallQuotas("memory");
        }
    }

    /** The settings of the small quotas, counted in {@code store}. */
    static Map<String, String> smallQuotas(String store) {
        return Map.of("opendata.rate-limit.anonymous-requests", Integer.toString(ANONYMOUS),
                "opendata.rate-limit.keyed-requests", Integer.toString(KEYED),
                "opendata.rate-limit.window", "1h",
                "opendata.rate-limit.store", store,
                "opendata.rate-limit.trust-forwarded-for", "true");
    }

    /** An address no other test uses, from the documentation range 2001:db8::/32. */
    static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x::%x", random.nextInt(0x10000), random.nextInt(0x10000),
                random.nextInt(1, 0x10000));
    }

    /** The policy name and remaining requests of a response's RateLimit field, checking its reset is in the hour. */
    static Matcher state(Response response) {
        Matcher state = STATE.matcher(response.header("RateLimit"));
        assertTrue(state.matches(), response.header("RateLimit"));
        long reset = Long.parseLong(state.group(3));
        assertTrue(reset >= 1 && reset <= 3600, "t=" + reset);
        return state;
    }

    /** Sends the client's whole quota, checking the remaining count goes down by one each time. */
    static void useUp(int quota, String policy, String path, String header, String value) {
        for (int i = 1; i <= quota; i++) {
            Response response = given().header(header, value).get(path);
            response.then().statusCode(200)
                    .header("RateLimit-Policy", "\"" + policy + "\";q=" + quota + ";w=3600");
            Matcher state = state(response);
            assertEquals(policy, state.group(1));
            assertEquals(quota - i, Integer.parseInt(state.group(2)), "remaining after request " + i);
        }
    }

    /** Checks that a response is the 429 problem, with a Retry-After equal to the window's reset. */
    static void assertTooManyRequests(Response response, String path) {
        response.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body("type", is("/problems/too-many-requests"))
                .body("title", is("Too many requests"))
                .body("status", is(429))
                .body("instance", is(path));
        Matcher state = state(response);
        assertEquals("0", state.group(2));
        assertEquals(state.group(3), response.header("Retry-After"));
    }

    @Test
    void anAnonymousClientGetsItsQuotaThenA429() {
        String address = freshAddress();
        useUp(ANONYMOUS, "anonymous", "/api/v1/regency", "X-Forwarded-For", address);
        assertTooManyRequests(given().header("X-Forwarded-For", address).get("/api/v1/regency"), "/api/v1/regency");
        assertTooManyRequests(given().header("X-Forwarded-For", address).get("/api/v1/districts"),
                "/api/v1/districts");
        given().get("/problems/too-many-requests").then().statusCode(200).body("status", is(429));
    }

    @Test
    void answersFromTheResponseCacheAndNotModifiedAnswersCountToo() {
        String address = freshAddress();
        String path = "/api/v1/villages/35.10.04.2003";
        String etag = given().header("X-Forwarded-For", address).get(path).then().statusCode(200)
                .extract().header("ETag");
        for (int i = 2; i <= ANONYMOUS; i++) {
            boolean revalidate = i % 2 == 0;
            Response repeat = given().header("X-Forwarded-For", address)
                    .header("If-None-Match", revalidate ? etag : "\"other\"").get(path);
            repeat.then().statusCode(revalidate ? 304 : 200);
            assertEquals(Integer.toString(ANONYMOUS - i), state(repeat).group(2));
        }
        assertTooManyRequests(given().header("X-Forwarded-For", address).get(path), path);
    }

    @Test
    void aClientWithAnApiKeyHasItsOwnCounterPerKey() {
        String address = freshAddress();
        String key = Keys.create("rate limit " + UUID.randomUUID(), "admin", null);
        useUp(ANONYMOUS, "anonymous", "/api/v1/regency", "X-Forwarded-For", address);
        useUp(KEYED, "api-key", "/api/v1/regency", "Authorization", "Bearer " + key);
        assertTooManyRequests(given().header("Authorization", "Bearer " + key).get("/api/v1/regency"),
                "/api/v1/regency");
        String other = Keys.create("rate limit " + UUID.randomUUID(), "admin", null);
        Response response = given().header("X-Forwarded-For", address)
                .header("Authorization", "Bearer " + other).get("/api/v1/regency");
        response.then().statusCode(200).header("RateLimit-Policy", "\"api-key\";q=" + KEYED + ";w=3600");
        assertEquals(Integer.toString(KEYED - 1), state(response).group(2));
    }

    @Test
    void madeUpTokensBuyNoQuotaOfTheirOwnTheyCountAsTheirAddress() {
        String address = freshAddress();
        for (int i = 1; i <= ANONYMOUS; i++) {
            Response response = given().header("X-Forwarded-For", address)
                    .header("Authorization", "Bearer junk-" + UUID.randomUUID()).get("/api/v1/regency");
            response.then().statusCode(200)
                    .header("RateLimit-Policy", "\"anonymous\";q=" + ANONYMOUS + ";w=3600");
            assertEquals(Integer.toString(ANONYMOUS - i), state(response).group(2), "remaining after token " + i);
        }
        assertTooManyRequests(given().header("X-Forwarded-For", address)
                .header("Authorization", "Bearer junk-" + UUID.randomUUID()).get("/api/v1/regency"), "/api/v1/regency");
    }

    @Test
    void onlyTheLastForwardedForEntryCountsBecauseEarlierOnesAreTheClientsClaim() {
        String address = freshAddress();
        for (int i = 1; i <= ANONYMOUS; i++) {
            Response response = given().header("X-Forwarded-For", freshAddress() + ", " + address)
                    .get("/api/v1/regency");
            assertEquals(Integer.toString(ANONYMOUS - i), state(response).group(2));
        }
        given().header("X-Forwarded-For", freshAddress() + ", " + address).get("/api/v1/regency").then()
                .statusCode(429);
    }

    @Test
    void operationalEndpointsAndCorsPreflightsAreNotCounted() {
        String address = freshAddress();
        for (int i = 0; i < ANONYMOUS + 1; i++) {
            given().header("X-Forwarded-For", address).get("/q/health/live").then().statusCode(200)
                    .header("RateLimit", nullValue());
            given().header("X-Forwarded-For", address).header("Origin", "https://dashboard.example")
                    .header("Access-Control-Request-Method", "GET").options("/api/v1/regency").then()
                    .statusCode(200).header("RateLimit", nullValue());
        }
        Response counted = given().header("X-Forwarded-For", address).get("/api/v1/regency");
        assertEquals(Integer.toString(ANONYMOUS - 1), state(counted).group(2));
    }

    @Test
    void theCkanApiAnswersA429InCkansEnvelope() {
        String address = freshAddress();
        String path = "/api/3/action/organization_list";
        useUp(ANONYMOUS, "anonymous", path, "X-Forwarded-For", address);
        Response refused = given().header("X-Forwarded-For", address).get(path);
        refused.then()
                .statusCode(429)
                .contentType("application/json")
                .body("success", is(false))
                .body("error.__type", is("Too many requests"))
                .body("help", startsWith("http"))
                .body("help", endsWith("/q/swagger-ui"));
        assertEquals(state(refused).group(3), refused.header("Retry-After"));
    }
}
