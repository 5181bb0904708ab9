package id.banyuwangi.opendata.dataset.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Creating datasets and changing their metadata, which never touches a version's data. */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class DatasetWriteTest {

    private static final String ROWS = "village_code,market\r\n35.10.01.2001,Pasar Sarongan\r\n";

    @ConfigProperty(name = "opendata.data-dir")
    String dataDir;

    @Test
    void aPublishedVersionHasItsCsvAndItsGzipFileBeforeAnyoneAsksForThem() throws Exception {
        String id = Publishing.createMarkets();
        Publishing.publish(id, ROWS);
        Path files = Path.of(dataDir, "downloads", id);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> written = List.of();
        while (System.nanoTime() < deadline && written.size() < 2) {
            Thread.sleep(100);
            written = Files.isDirectory(files) ? names(files) : List.of();
        }
        assertEquals(2, written.size(), "files written after publishing: " + written);
        assertTrue(written.get(0).startsWith("v1-") && written.get(0).endsWith(".csv"), written.get(0));
        assertEquals(written.get(0) + ".gz", written.get(1));
        String csv = given().get("/api/v1/datasets/" + id + "/versions/1/download").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("35.10.01.2001,Pasar Sarongan"), csv);
        try (InputStream gzip = new GZIPInputStream(Files.newInputStream(files.resolve(written.get(1))))) {
            assertEquals(csv, new String(gzip.readAllBytes(), StandardCharsets.UTF_8));
        }
        given().header("Accept-Encoding", "gzip").get("/api/v1/datasets/" + id + "/versions/1/download").then()
                .statusCode(200).header("Content-Encoding", "gzip")
                .header("Content-Length", String.valueOf(Files.size(files.resolve(written.get(1)))));
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".part")).sorted().toList();
        }
    }

    @Test
    void aNewDatasetIsInTheCatalogWithoutAVersion() {
        String id = Publishing.createMarkets();
        given().get("/api/v1/datasets/" + id).then().statusCode(200)
                .body("publisher.id", is(Publishing.ORGANIZATION))
                .body("latest_version", nullValue())
                .body("table_schema.primaryKey", contains("village_code", "market"))
                .body("table_schema.foreignKeys[0].reference.resource", is("regions"));
        given().get("/api/v1/datasets?publisher=" + Publishing.ORGANIZATION).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/json")
                .body(Publishing.marketsDescription(id)).post("/api/v1/datasets").then().statusCode(409);
    }

    @Test
    void aDescriptionThatBreaksTheRulesIsA422NamingEachField() {
        String body = Publishing.marketsDescription("Bad Id!")
                .replace("\"themes\":[\"econ\"]", "\"themes\":[\"economy\"]")
                .replace("\"spatial\":[\"35.10\"]", "\"spatial\":[\"99.99\"]")
                .replace("\"update_frequency\":\"annual\"", "\"update_frequency\":\"hourly\"")
                .replace("\"primaryKey\":[\"village_code\",\"market\"]", "\"primaryKey\":[\"nope\"]");
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/json").body(body)
                .post("/api/v1/datasets").then().statusCode(422)
                .body("type", is("/problems/invalid-data"))
                .body("errors.field", containsInAnyOrder("id", "themes", "spatial", "update_frequency",
                        "table_schema"));
    }

    @Test
    void aMergePatchChangesMetadataIsRecordedAndLeavesTheDataAlone() {
        String id = Publishing.createMarkets();
        Publishing.publish(id, ROWS);
        String sha = given().get("/api/v1/datasets/" + id + "/versions/1").then().extract().path("sha256");
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/merge-patch+json")
                .body("{\"title_en\":\"Markets of the villages\",\"keywords\":[\"pasar\",\"market\"]}")
                .patch("/api/v1/datasets/" + id).then().statusCode(200)
                .body("title_en", is("Markets of the villages"))
                .body("title_id", is("Pasar desa"))
                .body("keywords", contains("pasar", "market"));
        given().get("/api/v1/datasets/" + id).then().body("title_en", is("Markets of the villages"));
        assertEquals(sha, given().get("/api/v1/datasets/" + id + "/versions/1").then().extract().path("sha256"));
        given().get("/api/v1/datasets?keyword=market").then().body("items.id", contains(id));
    }

    @Test
    void aVersionPublishedHereIsIssuedOnItsDayAndCitedWithIt() {
        String id = Publishing.createMarkets();
        String before = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        Publishing.publish(id, ROWS);
        String after = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        String issued = given().get("/api/v1/datasets/" + id + "/versions/1").then().statusCode(200)
                .extract().path("issued");
        assertTrue(List.of(before, after).contains(issued), issued);
        given().get("/api/v1/datasets/" + id + "/versions/1/citation").then().statusCode(200)
                .body(containsString(". (" + issued.substring(0, 4) + "). Village markets (Version 1) [Data set]."));
        given().get("/api/v1/datasets/" + id + "/versions/1/citation?style=csl-json").then().statusCode(200)
                .body("[0].issued.date-parts[0]", contains(Integer.parseInt(issued.substring(0, 4)),
                        Integer.parseInt(issued.substring(5, 7)), Integer.parseInt(issued.substring(8, 10))));
    }

    @Test
    void theIdOrganizationAndTheSchemaOfAPublishedDatasetCannotChange() {
        String id = Publishing.createMarkets();
        Keys.asAdmin().contentType("application/merge-patch+json")
                .body("{\"id\":\"other\",\"organization\":\"diskominfo-banyuwangi\"}")
                .patch("/api/v1/datasets/" + id).then().statusCode(422)
                .body("errors.field", contains("id", "organization"));
        String schema = "{\"table_schema\":{\"fields\":[{\"name\":\"village_code\",\"type\":\"string\"}],"
                + "\"primaryKey\":[\"village_code\"]}}";
        Keys.asAdmin().contentType("application/merge-patch+json").body(schema).patch("/api/v1/datasets/" + id)
                .then().statusCode(200).body("table_schema.fields.name", contains("village_code"));
        Publishing.publish(id, "village_code\r\n35.10.01.2001\r\n");
        Keys.asAdmin().contentType("application/merge-patch+json")
                .body(schema.replace("\"string\"", "\"integer\"")).patch("/api/v1/datasets/" + id).then()
                .statusCode(409);
    }

    @Test
    void aPatchWithAnUnknownFieldOrBrokenJsonIsA400() {
        String id = Publishing.createMarkets();
        Keys.asAdmin().contentType("application/merge-patch+json").body("{\"colour\":\"red\"}")
                .patch("/api/v1/datasets/" + id).then().statusCode(400)
                .body("errors[0].field", is("colour"));
        Keys.asAdmin().contentType("application/merge-patch+json").body("{\"title_en\":")
                .patch("/api/v1/datasets/" + id).then().statusCode(400)
                .body("type", is("/problems/malformed-body"));
    }

    @Test
    void aPublishedSchemaTakesNewDocumentationAndIndexesButNoOtherChange() {
        String id = Publishing.createMarkets();
        Publishing.publish(id, "village_code,market,stalls,opened,kind\r\n35.10.01.2001,Pasar Sarongan,12,2019-05-01,"
                + "daily\r\n35.10.01.2002,Pasar Pesanggaran,30,,weekly\r\n");
        String documented = "{\"table_schema\":{\"fields\":["
                + "{\"name\":\"village_code\",\"type\":\"string\",\"constraints\":{\"required\":true}},"
                + "{\"name\":\"market\",\"type\":\"string\",\"title\":\"Market\",\"description\":\"Its name\","
                + "\"constraints\":{\"required\":true}},"
                + "{\"name\":\"stalls\",\"type\":\"integer\",\"unit\":\"stalls\",\"filterable\":true,"
                + "\"constraints\":{\"minimum\":0,\"maximum\":10000}},"
                + "{\"name\":\"opened\",\"type\":\"date\",\"filterable\":false},"
                + "{\"name\":\"kind\",\"type\":\"string\",\"constraints\":{\"enum\":[\"daily\",\"weekly\"]}}],"
                + "\"primaryKey\":[\"village_code\",\"market\"],\"foreignKeys\":[{\"fields\":\"village_code\","
                + "\"reference\":{\"resource\":\"regions\",\"fields\":\"code\"}}]}}";
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/merge-patch+json").body(documented)
                .patch("/api/v1/datasets/" + id).then().statusCode(200)
                .body("table_schema.fields[2].filterable", is(true))
                .body("table_schema.fields[1].description", is("Its name"));
        given().get("/api/v1/datasets/" + id + "/versions/1/records?stalls_min=20&opened=").then().statusCode(200)
                .body("items.market", contains("Pasar Pesanggaran"));
        Publishing.publish(id, "village_code,market,stalls,opened,kind\r\n35.10.01.2001,Pasar Sarongan,13,"
                + "2019-05-01,daily\r\n");

        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/merge-patch+json")
                .body(documented.replace("\"stalls\",\"type\":\"integer\"", "\"stalls\",\"type\":\"number\""))
                .patch("/api/v1/datasets/" + id).then().statusCode(409)
                .body("detail", containsString("field 3 ('stalls', integer) would become 'stalls', number"));
        given().get("/api/v1/datasets/" + id).then().body("table_schema.fields[2].type", is("integer"));
    }
}
