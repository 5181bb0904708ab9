package id.banyuwangi.opendata.common.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The response cache's hits, misses, entries and bytes, as an operator reads them in {@code /q/metrics}. */
@QuarkusTest
class CacheMetricsTest {

    @Test
    void aFirstRequestIsAMissItsRepeatAHitAndBothShowInTheMetrics() {
        double hits = metric("opendata_cache_requests_total\\{result=\"hit\"}");
        double misses = metric("opendata_cache_requests_total\\{result=\"miss\"}");
        String path = "/api/v1/villages?limit=" + (int) (500 + Math.random() * 400) + "&district_code=35.10.07";
        given().get(path).then().statusCode(200);
        given().get(path).then().statusCode(200);
        given().header("Authorization", "Bearer made-up-token").get(path).then().statusCode(200);
        assertEquals(misses + 1, metric("opendata_cache_requests_total\\{result=\"miss\"}"));
        assertEquals(hits + 2, metric("opendata_cache_requests_total\\{result=\"hit\"}"),
                "the repeat and the made-up token's request were both answered from the cache");
        assertTrue(metric("opendata_cache_bytes") > 0);
        assertTrue(metric("opendata_cache_entries") >= 1);
        metric("opendata_cache_evictions_total");
    }

    /** The value of the metric line matching {@code name} (a regular expression of its name and labels). */
    private static double metric(String name) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("(?m)^" + name + " ([0-9.eE+-]+)$").matcher(metrics);
        assertTrue(line.find(), name + " is not in /q/metrics");
        return Double.parseDouble(line.group(1));
    }
}
