package id.banyuwangi.opendata.common.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isA;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract every endpoint shares: problem details, caching, CORS, the index and the operational endpoints. */
@QuarkusTest
class ApiContractTest {

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/villages?limit=0", "*/*", 400, "limit"),
                Arguments.of("GET", "/api/v1/villages?limit=-5", "*/*", 400, "limit"),
                Arguments.of("GET", "/api/v1/villages?limit=1001", "*/*", 400, "limit"),
                Arguments.of("GET", "/api/v1/villages?limit=99999999999999999999", "*/*", 400, "limit"),
                Arguments.of("GET", "/api/v1/villages?limit=ten", "*/*", 400, "limit"),
                Arguments.of("GET", "/api/v1/villages?limit=1&limit=2", "*/*", 400, "limit"),
                Arguments.of("GET", "/api/v1/villages?cursor=not-a-cursor", "*/*", 400, "cursor"),
                Arguments.of("GET", "/api/v1/villages?sort=population", "*/*", 400, "sort"),
                Arguments.of("GET", "/api/v1/villages?sort=-", "*/*", 400, "sort"),
                Arguments.of("GET", "/api/v1/villages?distrct_code=35.10.01", "*/*", 400, "distrct_code"),
                Arguments.of("GET", "/api/v1/villages?district_code=35.10", "*/*", 400, "district_code"),
                Arguments.of("GET", "/api/v1/villages?district_code=35.10.1", "*/*", 400, "district_code"),
                Arguments.of("GET", "/api/v1/villages?district_code=%27%20OR%201%3D1%20--", "*/*", 400,
                        "district_code"),
                Arguments.of("GET", "/api/v1/villages?type=kota", "*/*", 400, "type"),
                Arguments.of("GET", "/api/v1/villages?postal_code=6848", "*/*", 400, "postal_code"),
                Arguments.of("GET", "/api/v1/villages?bps_code=35100", "*/*", 400, "bps_code"),
                Arguments.of("GET", "/api/v1/villages?q=%25%25", "*/*", 400, "q"),
                Arguments.of("GET", "/api/v1/villages?format=xlsx", "*/*", 400, "format"),
                Arguments.of("GET", "/api/v1/districts?type=desa", "*/*", 400, "type"),
                Arguments.of("GET", "/api/v1/districts/35.10.01/villages?district_code=35.10.02", "*/*", 400,
                        "district_code"),
                Arguments.of("GET", "/api/v1/regency?format=csv", "*/*", 400, "format"),
                Arguments.of("GET", "/api/v1/villages/35.10.01", "*/*", 400, "code"),
                Arguments.of("GET", "/api/v1/villages/3510012001", "*/*", 400, "code"),
                Arguments.of("GET", "/api/v1/districts/35.10.01.2001", "*/*", 400, "code"),
                Arguments.of("GET", "/api/v1/districts/x/villages", "*/*", 400, "code"),
                Arguments.of("GET", "/api/v1/villages/35.10.01.2999", "*/*", 404, null),
                Arguments.of("GET", "/api/v1/districts/35.10.99", "*/*", 404, null),
                Arguments.of("GET", "/api/v1/districts/35.10.99/villages", "*/*", 404, null),
                Arguments.of("GET", "/api/v1/kecamatan", "*/*", 404, null),
                Arguments.of("GET", "/api/v2/villages", "*/*", 404, null),
                Arguments.of("GET", "/problems/no-such-problem", "*/*", 404, null),
                Arguments.of("POST", "/api/v1/villages", "*/*", 405, null),
                Arguments.of("DELETE", "/api/v1/villages/35.10.01.2001", "*/*", 405, null),
                Arguments.of("GET", "/api/v1/observations?period=2024-13", "*/*", 400, "period"),
                Arguments.of("GET", "/api/v1/observations?period_from=24", "*/*", 400, "period_from"),
                Arguments.of("GET", "/api/v1/observations?indicator=idm_scor", "*/*", 400, "indicator"),
                Arguments.of("GET", "/api/v1/observations?indicator=idm_score,,iks_score", "*/*", 400, "indicator"),
                Arguments.of("GET", "/api/v1/observations?area_code=35.10.99", "*/*", 400, "area_code"),
                Arguments.of("GET", "/api/v1/observations?area_code=3510", "*/*", 400, "area_code"),
                Arguments.of("GET", "/api/v1/observations?level=province", "*/*", 400, "level"),
                Arguments.of("GET", "/api/v1/observations?latest=yes", "*/*", 400, "latest"),
                Arguments.of("GET", "/api/v1/observations?status=rumour", "*/*", 400, "status"),
                Arguments.of("GET", "/api/v1/observations?sort=value", "*/*", 400, "sort"),
                Arguments.of("GET", "/api/v1/observations?format=geojson&indicator=idm_score", "*/*", 400, "format"),
                Arguments.of("GET", "/api/v1/observations?indicator=idm_score&perod=2024", "*/*", 400, "perod"),
                Arguments.of("GET", "/api/v1/observations/download?format=json", "*/*", 400, "format"),
                Arguments.of("GET", "/api/v1/observations/download?limit=10", "*/*", 400, "limit"),
                Arguments.of("GET", "/api/v1/indicators/idm_score/summary?by=province", "*/*", 400, "by"),
                Arguments.of("GET", "/api/v1/indicators/idm_score/summary?period=last", "*/*", 400, "period"),
                Arguments.of("GET", "/api/v1/services/e_ktp/statistics?period_to=2024-1", "*/*", 400, "period_to"),
                Arguments.of("GET", "/api/v1/indicators/nope", "*/*", 404, null),
                Arguments.of("GET", "/api/v1/villages", "application/xml", 406, null),
                Arguments.of("GET", "/api/v1/villages/35.10.01.2001", "text/csv", 406, null),
                Arguments.of("GET", "/api/v1/regency", "application/geo+json", 406, null));
    }

    @ParameterizedTest(name = "{0} {1} Accept {2} -> {3}")
    @MethodSource("badRequests")
    void everyBadRequestGetsTheSameProblemShape(String method, String path, String accept, int status,
            String field) {
        Response response = given().urlEncodingEnabled(false).accept(accept).request(method, path);
        response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .header("Cache-Control", "no-store")
                .body("type", startsWith("/problems/"))
                .body("title", not(emptyOrNullString()))
                .body("status", is(status))
                .body("detail", not(emptyOrNullString()))
                .body("instance", is(path.contains("?") ? path.substring(0, path.indexOf('?')) : path))
                .body("errors", isA(List.class))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")))
                .body(not(containsString("SELECT")));
        if (field != null) {
            response.then().body("errors.field", hasItem(field));
        }
        String type = response.jsonPath().getString("type");
        given().get(type).then().statusCode(200).body("status", is(status)).body("type", is(type));
    }

    @Test
    void aMethodNotAllowedNamesTheAllowedMethods() {
        given().post("/api/v1/regency").then().statusCode(405).header("Allow", is("GET, HEAD, OPTIONS"));
        given().delete("/api/v1/villages/35.10.01.2001").then().statusCode(405)
                .header("Allow", is("GET, HEAD, OPTIONS"));
    }

    @Test
    void aTamperedCursorIsRejected() {
        String cursor = given().get("/api/v1/villages?limit=5").then().statusCode(200)
                .extract().jsonPath().getString("paging.next_cursor");
        String body = cursor.substring(0, cursor.indexOf('.'));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "[\"code\",\"35.10.20.2001\"]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertNotEquals(body, forged);
        given().get("/api/v1/villages?limit=5&cursor=" + forged + cursor.substring(cursor.indexOf('.')))
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("cursor"));
        given().get("/api/v1/villages?limit=5&cursor=" + body + ".AAAAAAAAAAAAAAAAAAAAAA")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void aCursorOnlyWorksWithTheSortItWasIssuedFor() {
        String cursor = given().get("/api/v1/villages?limit=5&sort=name").then().statusCode(200)
                .extract().jsonPath().getString("paging.next_cursor");
        given().get("/api/v1/villages?limit=5&sort=lat&cursor=" + cursor).then()
                .statusCode(400).body("detail", containsString("sort"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/regency", "/api/v1/districts", "/api/v1/districts/35.10.01",
        "/api/v1/districts/35.10.01/villages", "/api/v1/villages?district_code=35.10.01",
        "/api/v1/villages/35.10.01.2001", "/api/v1/villages?format=geojson", "/api/v1/villages?format=csv",
        "/problems/not-found", "/api/v1/indicators", "/api/v1/indicators/idm_score/summary?period=2024",
        "/api/v1/indicators/idm_score/availability", "/api/v1/observations?indicator=idm_score&format=ndjson",
        "/api/v1/villages/35.10.01.2001/profile", "/api/v1/services", "/api/v1/service-components",
        "/api/v1/villages/35.10.01.2001/services", "/api/v1/sources/WIKI_DE_BANYUWANGI"})
    void everyGetHasAnEtagAndAnswersIfNoneMatchWith304(String path) {
        Response first = given().get(path);
        first.then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"[A-Za-z0-9_-]{27}(-gz)?\""))
                .header("Cache-Control", "public, max-age=300")
                .header("Vary", "Accept, Accept-Encoding");
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get(path).then()
                .statusCode(304)
                .header("ETag", etag)
                .body(is(""));
        given().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
        given().header("If-None-Match", "W/\"x\", " + etag).get(path).then().statusCode(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/villages?district_code=35.10.02&limit=3", "/api/v1/districts?format=csv&limit=2",
        "/api/v1/villages/35.10.02.2001?format=geojson"})
    void aRepeatedRequestIsAnsweredFromTheCacheWithTheSameBytesAndHeaders(String path) {
        Response rendered = given().get(path);
        Response cached = given().get(path);
        Response crossOrigin = given().header("Origin", "https://dashboard.example").get(path);
        for (Response repeat : List.of(cached, crossOrigin)) {
            repeat.then().statusCode(200);
            assertArrayEquals(rendered.asByteArray(), repeat.asByteArray());
            for (String header : List.of("ETag", "Content-Type", "Cache-Control", "Vary", "Link",
                    "Content-Disposition")) {
                assertEquals(rendered.header(header), repeat.header(header), header);
            }
        }
    }

    @Test
    void representationsOfTheSameResourceHaveDifferentEtags() {
        String json = given().get("/api/v1/districts").header("ETag");
        String csv = given().accept("text/csv").get("/api/v1/districts").header("ETag");
        assertNotEquals(json, csv);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/villages?limit=1000", "/api/v1/villages?limit=1000&format=geojson",
        "/api/v1/villages?limit=1000&format=csv"})
    void responsesAreCompressedWhenTheClientAsks(String path) {
        for (int i = 0; i < 2; i++) {
            given().header("Accept-Encoding", "gzip").get(path).then()
                    .statusCode(200)
                    .header("Content-Encoding", "gzip");
        }
    }

    @Test
    void headAnswersWithTheHeadersOfGet() {
        String etag = given().get("/api/v1/regency").header("ETag");
        given().head("/api/v1/regency").then().statusCode(200).header("ETag", etag);
    }

    @Test
    void corsIsOpenWithoutEverAllowingCredentials() {
        given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "If-None-Match")
                .options("/api/v1/villages")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example")
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Credentials", "false");
        given().header("Origin", "https://publisher.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Idempotency-Key")
                .options("/api/v1/datasets")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Methods", allOf(containsString("POST"), containsString("PATCH"),
                        containsString("DELETE")))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"),
                        containsString("Idempotency-Key")))
                .header("Access-Control-Allow-Credentials", "false");
        given().header("Origin", "https://dashboard.example").header("Authorization", "Bearer some-api-key")
                .get("/api/v1/regency").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://dashboard.example")
                .header("Access-Control-Allow-Credentials", anyOf(nullValue(), is("false")))
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"), containsString("Link"),
                        containsString("RateLimit,"), containsString("RateLimit-Policy"),
                        containsString("Retry-After"), containsString("Location")));
    }

    @Test
    void indexLinksEveryResource() {
        RequestSpecification request = given();
        request.get("/api/v1").then()
                .statusCode(200)
                .body("version", is("v1"))
                .body("links.regency", endsWith("/api/v1/regency"))
                .body("links.districts", endsWith("/api/v1/districts"))
                .body("links.villages", endsWith("/api/v1/villages"))
                .body("links.indicators", endsWith("/api/v1/indicators"))
                .body("links.observations", endsWith("/api/v1/observations"))
                .body("links.services", endsWith("/api/v1/services"))
                .body("links.sources", endsWith("/api/v1/sources"))
                .body("links.datasets", endsWith("/api/v1/datasets"))
                .body("links.catalog", endsWith("/api/v1/catalog.jsonld"))
                .body("links.ckan", endsWith("/api/3/action/package_list"))
                .body("links.ogc", endsWith("/ogc"))
                .body("links.openapi", endsWith("/q/openapi"));
    }

    @Test
    void readinessChecksTheDatabaseAndMetricsAreExported() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", everyItem(notNullValue()))
                .body("checks.name", hasItem(containsString("Database")));
        given().get("/api/v1/regency").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }
}
