package id.banyuwangi.opendata.common.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The service on a second regency's seed alone ({@code data-seed/35.22-bojonegoro}, Kabupaten Bojonegoro): the
 * figures its PROVENANCE.md states, its names everywhere the installation names itself, and no trace of the default
 * seed in anything reachable from {@code /api/v1}.
 */
@QuarkusTest
@TestProfile(BojonegoroSeedTest.Bojonegoro.class)
class BojonegoroSeedTest {

    /** The service started on the Bojonegoro seed folder, in a database of its own. */
    public static class Bojonegoro implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("opendata.seed.dir", "data-seed/35.22-bojonegoro");
        }
    }

    /** More pages than the walk needs; reaching it would mean the walk did not finish, which fails the test. */
    private static final int MAX_PAGES = 6000;

    @Test
    void theRegencyHasItsKecamatanDesaAndKelurahan() {
        given().get("/api/v1/regency").then().statusCode(200)
                .body("code", is("35.22"))
                .body("name", is("Kabupaten Bojonegoro"))
                .body("district_count", is(28))
                .body("desa_count", is(419))
                .body("kelurahan_count", is(11));
        assertEquals(28, given().get("/api/v1/districts?limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("items").size());
    }

    @Test
    void aPagingWalkSeesEach430VillagesOnce() {
        List<String> codes = new ArrayList<>();
        String next = "/api/v1/villages?limit=37";
        while (next != null) {
            JsonPath page = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            codes.addAll(page.getList("items.code"));
            next = page.getString("paging.next");
        }
        assertEquals(430, codes.size());
        assertEquals(430, new HashSet<>(codes).size());
        assertTrue(codes.stream().allMatch(c -> c.startsWith("35.22.")), "every village code is under 35.22");
        long withoutBps = given().get("/api/v1/villages?limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("items.bps_code").stream().filter(java.util.Objects::isNull).count();
        assertEquals(46, withoutBps, "the BPS source lacks 46 villages; their bps_code is null");
    }

    @Test
    void theGeoJsonHas430Polygons() {
        JsonPath features = given().get("/api/v1/villages?limit=1000&format=geojson").then().statusCode(200)
                .extract().jsonPath();
        List<String> types = features.getList("features.geometry.type");
        assertEquals(430, types.size());
        assertTrue(types.stream().allMatch(t -> t.equals("Polygon") || t.equals("MultiPolygon")), types.toString());
    }

    @Test
    void theIdmStatusCountsAreThoseOfTheSource() {
        given().get("/api/v1/indicators/idm_status/summary?by=regency&period=2024").then().statusCode(200)
                .body("groups[0].area_code", is("35.22"))
                .body("groups[0].categories.mandiri", is(340))
                .body("groups[0].categories.maju", is(79));
        given().get("/api/v1/indicators/idm_status/summary?by=regency&period=2023").then().statusCode(200)
                .body("groups[0].categories.mandiri", is(262))
                .body("groups[0].categories.maju", is(157));
    }

    @Test
    void aSeedWithoutSmartKampungHasAnEmptyServiceCatalogue() {
        given().get("/api/v1/services").then().statusCode(200).body("items", empty());
        given().get("/api/v1/service-components").then().statusCode(200).body("items", empty());
        given().get("/api/v1/indicators?limit=1000").then().statusCode(200)
                .body("items.code", hasItem("n_desa_idm_sangat_tertinggal"))
                .body("items.code", not(hasItem("smart_kampung_villages")));
    }

    @Test
    void everyDocumentThatNamesTheInstallationNamesBojonegoro() throws IOException {
        given().get("/api/v1").then().statusCode(200)
                .body("title", is("Bojonegoro Open Data API"))
                .body("description", containsString("Kabupaten Bojonegoro (Kemendagri 35.22)"));
        String catalog = given().get("/api/v1/catalog.jsonld").then().statusCode(200)
                .body("'dct:title'.find { it.'@language' == 'id' }.'@value'",
                        is("Katalog Data Terbuka Kabupaten Bojonegoro"))
                .body("'dct:spatial'[0].'dct:identifier'", is("35.22"))
                .body("'dct:spatial'[0].'skos:prefLabel'.'@value'", is("Kabupaten Bojonegoro"))
                .extract().asString();
        // .ci/run checks this one too against the DCAT-AP shapes: another regency's seed gives a valid catalog
        Files.createDirectories(Path.of("target", "harvest"));
        Files.writeString(Path.of("target", "harvest", "catalog-35.22.jsonld"), catalog, StandardCharsets.UTF_8);
        given().get("/data.json").then().statusCode(200)
                .body("dataset.title", hasItem("Villages (desa and kelurahan) of Bojonegoro Regency"));
        given().get("/api/3/action/package_list").then().statusCode(200)
                .body("result", hasItem("idm"))
                .body("result", not(hasItem("smart-kampung-services")));
        given().get("/api/v1/datasets?limit=1000").then().statusCode(200)
                .body("items.publisher.id", hasItem("dpmd-bojonegoro"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", is("Bojonegoro Open Data API"))
                .body("info.description", containsString("Kabupaten Bojonegoro"))
                .body("info.contact.url", is("https://bojonegorokab.go.id"));
    }

    @Test
    void nothingReachableFromTheIndexNamesTheDefaultSeed() {
        String base = RestAssured.baseURI + ":" + RestAssured.port + "/";
        Pattern link = Pattern.compile("\"(" + Pattern.quote(base) + "[^\"\\s]*)\"");
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(base + "api/v1"));
        List<String> leftovers = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            Response response = given().urlEncodingEnabled(false).accept("*/*").get(url);
            String body = response.asString();
            if (body.contains("Banyuwangi") || body.contains("banyuwangi") || body.contains("35.10")) {
                leftovers.add(url);
            }
            if (response.contentType().contains("json")) {
                Matcher m = link.matcher(body);
                while (m.find()) {
                    queue.add(m.group(1).replace("\\u0026", "&"));
                }
            }
        }
        assertTrue(queue.isEmpty(), "the walk stopped at " + MAX_PAGES + " pages before it saw everything");
        assertTrue(seen.contains(base + "api/v1/villages/35.22.15.1013"), "the walk reached every village");
        assertTrue(seen.stream().anyMatch(u -> u.contains("/datasets/idm/versions/2/download")),
                "the walk reached the downloads");
        assertEquals(List.of(), leftovers, "responses naming the default seed");
    }
}
