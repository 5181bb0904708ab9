package id.banyuwangi.opendata.ratelimit;

import static id.banyuwangi.opendata.ratelimit.RateLimitTest.ANONYMOUS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the Redis store configured but unreachable, the API stays up: requests go through uncounted. */
@QuarkusTest
@TestProfile(RedisUnavailableTest.UnreachableRedis.class)
class RedisUnavailableTest {

    /** The Redis store, pointed at a port where nothing listens. */
    public static class UnreachableRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opendata.rate-limit.anonymous-requests", Integer.toString(ANONYMOUS),
                    "opendata.rate-limit.store", "redis",
                    "quarkus.redis.hosts", "redis://127.0.0.1:1");
        }
    }

    @Test
    void requestsGoThroughWithThePolicyButNoCount() {
        for (int i = 0; i < ANONYMOUS * 2; i++) {
            given().get("/api/v1/regency").then()
                    .statusCode(200)
                    .header("RateLimit-Policy", "\"anonymous\";q=" + ANONYMOUS + ";w=60")
                    .header("RateLimit", nullValue());
        }
    }

    @Test
    void redisDoesNotMakeTheServiceUnready() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }
}
