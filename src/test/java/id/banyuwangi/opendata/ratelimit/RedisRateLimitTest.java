package id.banyuwangi.opendata.ratelimit;

import static id.banyuwangi.opendata.ratelimit.RateLimitTest.ANONYMOUS;
import static id.banyuwangi.opendata.ratelimit.RateLimitTest.KEYED;
import static id.banyuwangi.opendata.ratelimit.RateLimitTest.assertTooManyRequests;
import static id.banyuwangi.opendata.ratelimit.RateLimitTest.freshAddress;
import static id.banyuwangi.opendata.ratelimit.RateLimitTest.smallQuotas;
import static id.banyuwangi.opendata.ratelimit.RateLimitTest.state;
import static id.banyuwangi.opendata.ratelimit.RateLimitTest.useUp;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.RequiresRedis;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The same small quotas counted in Redis (127.0.0.1:6379, shared: every run writes under its own key prefix and
 * removes its keys), as several replicas would share them. Skipped with one line where no Redis answers.
 */
@RequiresRedis
@QuarkusTest
@TestProfile(RedisRateLimitTest.RedisStore.class)
class RedisRateLimitTest {

    /** The small quotas of {@link RateLimitTest}, in Redis under a key prefix of this run's own. */
    public static class RedisStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(smallQuotas("redis"));
            config.put("opendata.rate-limit.redis-key-prefix", "opendata-test:" + UUID.randomUUID() + ":");
            return config;
        }
    }

    @Inject
    RedisDataSource redis;

    @Inject
    OpenDataConfig config;

    @AfterEach
    void removeThisRunsKeys() {
        List<String> keys = redis.key().keys(prefix() + "*");
        if (!keys.isEmpty()) {
            redis.key().del(keys.toArray(String[]::new));
        }
    }

    @Test
    void anAnonymousClientGetsItsQuotaThenA429() {
        String address = freshAddress();
        useUp(ANONYMOUS, "anonymous", "/api/v1/regency", "X-Forwarded-For", address);
        assertTooManyRequests(given().header("X-Forwarded-For", address).get("/api/v1/regency"), "/api/v1/regency");
    }

    @Test
    void theCounterLivesInRedisWhereEveryReplicaSharesIt() {
        String address = freshAddress();
        String key = prefix() + "ip:" + address;
        spend(2, address);
        assertEquals("2", redis.value(String.class).get(key));
        long ttl = redis.key().pttl(key);
        assertTrue(ttl > 0 && ttl <= 3_600_000, "PTTL " + ttl);
        // Another replica has counted the rest of the quota.
        redis.value(String.class).set(key, Integer.toString(ANONYMOUS), new SetArgs().keepttl());
        assertTooManyRequests(given().header("X-Forwarded-For", address).get("/api/v1/regency"), "/api/v1/regency");
    }

    @Test
    void anApiKeyIsCountedUnderItsHashNeverItself() throws NoSuchAlgorithmException {
        String token = Keys.create("redis rate limit " + UUID.randomUUID(), "admin", null);
        Response response = given().header("Authorization", "Bearer " + token).get("/api/v1/regency");
        assertEquals(Integer.toString(KEYED - 1), state(response).group(2));
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(StandardCharsets.UTF_8)));
        assertEquals("1", redis.value(String.class).get(prefix() + "key:" + hash));
        assertTrue(redis.key().keys(prefix() + "*").stream().noneMatch(k -> k.contains(token)));
    }

    @Test
    void aRequestWithALargeBodyIsStillAnsweredWhileRedisCounts() {
        given().header("X-Forwarded-For", freshAddress()).contentType("application/json")
                .body("{\"rows\": \"" + "x".repeat(200_000) + "\"}")
                .post("/api/v1/villages").then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    private static void spend(int requests, String address) {
        for (int i = 1; i <= requests; i++) {
            Response response = given().header("X-Forwarded-For", address).get("/api/v1/regency");
            response.then().statusCode(200);
            assertEquals(Integer.toString(ANONYMOUS - i), state(response).group(2));
        }
    }

    private String prefix() {
        return config.rateLimit().redisKeyPrefix();
    }
}
