package id.banyuwangi.opendata.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** API keys for tests: the bootstrap admin key of the test configuration, and publisher keys made through the API. */
public final class Keys {

    /** The admin key the test configuration bootstraps. */
    public static final String ADMIN = "test-admin-key-not-for-production-0123456789";

    private static final Map<String, String> PUBLISHERS = new ConcurrentHashMap<>();

    private Keys() {
    }

    /** A request carrying the admin key. */
    public static RequestSpecification asAdmin() {
        return as(ADMIN);
    }

    /** A request carrying a publisher key of {@code organization}. */
    public static RequestSpecification asPublisherOf(String organization) {
        return as(publisher(organization));
    }

    /** A request carrying {@code key}. */
    public static RequestSpecification as(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    /** A publisher key of {@code organization}, created once per test run through the API. */
    public static String publisher(String organization) {
        return PUBLISHERS.computeIfAbsent(organization, org -> create("publisher " + org, "publisher", org));
    }

    /** A new key made through the API; returns its secret. */
    public static String create(String name, String role, String organization) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("role", role);
        body.put("organization", organization);
        return asAdmin().contentType("application/json").body(body)
                .post("/api/v1/keys").then().statusCode(201).extract().path("secret");
    }
}
