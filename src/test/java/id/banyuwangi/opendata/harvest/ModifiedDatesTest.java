package id.banyuwangi.opendata.harvest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The modified dates of the harvested documents (DCAT-AP, DCAT-US, CKAN) and of the API are those of the change
 * feed: a dataset was last modified when its latest event happened, and the catalog when the feed's latest did.
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class ModifiedDatesTest {

    private static final String V1 = "village_code,market,stalls\r\n35.10.01.2001,Pasar Sarongan,40\r\n";

    /** When the latest event of the feed (of one dataset, or of all when null) happened. */
    private static Instant latestEvent(String dataset) {
        Instant latest = null;
        String url = "/api/v1/changes?limit=1000" + (dataset == null ? "" : "&dataset=" + dataset);
        while (true) {
            JsonPath page = given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
            List<String> times = page.getList("items.occurred_at", String.class);
            if (!times.isEmpty()) {
                latest = Instant.parse(times.get(times.size() - 1));
            }
            if (times.size() < 1000) {
                return latest;
            }
            url = "/api/v1/changes?limit=1000&cursor=" + page.getString("paging.next_cursor")
                    + (dataset == null ? "" : "&dataset=" + dataset);
        }
    }

    /** Every dataset's modified date, by id, in each document that states it. */
    private static Map<String, Map<String, Instant>> modifiedDates() {
        Map<String, Map<String, Instant>> dates = new HashMap<>();
        JsonPath api = given().get("/api/v1/datasets?limit=1000").then().statusCode(200).extract().jsonPath();
        List<String> ids = api.getList("items.id", String.class);
        for (int i = 0; i < ids.size(); i++) {
            put(dates, ids.get(i), "api", api.getString("items[" + i + "].modified"));
        }
        JsonPath dcat = given().get("/api/v1/catalog.jsonld").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> datasets = dcat.getList("'dcat:dataset'");
        for (Map<String, Object> d : datasets) {
            @SuppressWarnings("unchecked")
            Map<String, Object> modified = (Map<String, Object>) d.get("dct:modified");
            put(dates, (String) d.get("dct:identifier"), "dcat-ap", (String) modified.get("@value"));
        }
        JsonPath us = given().get("/data.json").then().statusCode(200).extract().jsonPath();
        List<String> identifiers = us.getList("dataset.identifier", String.class);
        for (int i = 0; i < identifiers.size(); i++) {
            String id = identifiers.get(i).substring(identifiers.get(i).lastIndexOf('/') + 1);
            put(dates, id, "dcat-us", us.getString("dataset[" + i + "].modified"));
        }
        for (String id : ids) {
            // CKAN, like the DCAT documents, leaves out synthetic datasets
            Response ckan = given().get("/api/3/action/package_show?id=" + id);
            if (ckan.statusCode() == 200) {
                put(dates, id, "ckan", ckan.path("result.metadata_modified"));
            }
        }
        return dates;
    }

    private static void put(Map<String, Map<String, Instant>> dates, String id, String document, String modified) {
        dates.computeIfAbsent(id, k -> new HashMap<>()).put(document, Instant.parse(modified));
    }

    /** Checks every date against the feed; returns the dates, by dataset and document. */
    private static Map<String, Map<String, Instant>> assertConsistentWithTheFeed() {
        Map<String, Map<String, Instant>> dates = modifiedDates();
        for (Map.Entry<String, Map<String, Instant>> dataset : dates.entrySet()) {
            Instant latest = latestEvent(dataset.getKey());
            Map<String, Instant> expected = new HashMap<>();
            dataset.getValue().keySet().forEach(document -> expected.put(document, latest));
            assertEquals(expected, dataset.getValue(), dataset.getKey() + ": modified when its latest event"
                    + " happened, in every document that states it");
        }
        Map<String, Object> catalog = given().get("/api/v1/catalog.jsonld").then().statusCode(200).extract()
                .path("'dct:modified'");
        assertEquals(latestEvent(null), Instant.parse((String) catalog.get("@value")),
                "the catalog was modified when the feed's latest event happened");
        return dates;
    }

    @Test
    void everyDatasetWasModifiedWhenItsLatestEventHappened() {
        long everywhere = assertConsistentWithTheFeed().values().stream().filter(d -> d.size() == 4).count();
        assertEquals(true, everywhere >= 14, "the seed's published datasets are in every document: " + everywhere);
    }

    @Test
    void aPublishAndANewDescriptionMoveTheModifiedDatesWithTheFeed() {
        String id = Publishing.createMarkets();
        assertConsistentWithTheFeed();
        Publishing.publish(id, V1);
        assertEquals(4, assertConsistentWithTheFeed().get(id).size(), "a published dataset is in every document");
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/merge-patch+json")
                .body("{\"title_en\":\"Markets of the villages\"}").patch("/api/v1/datasets/" + id).then()
                .statusCode(200);
        assertConsistentWithTheFeed();
        assertEquals(Instant.parse(given().get("/api/v1/datasets/" + id).then().extract().path("modified")),
                latestEvent(id));
    }
}
