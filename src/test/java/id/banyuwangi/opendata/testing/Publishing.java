package id.banyuwangi.opendata.testing;

import static org.hamcrest.Matchers.is;

import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/**
 * Creating datasets and publishing their versions through the API, for the write tests. Each dataset gets a fresh
 * id, so tests never see each other's data.
 */
public final class Publishing {

    /** The organization the test datasets belong to. */
    public static final String ORGANIZATION = "dpmd-banyuwangi";

    private Publishing() {
    }

    /** A new dataset of market stalls per village (key: village and market) of {@link #ORGANIZATION}. */
    public static String createMarkets() {
        String id = "markets-" + UUID.randomUUID().toString().substring(0, 8);
        Keys.asPublisherOf(ORGANIZATION).contentType("application/json").body(marketsDescription(id))
                .post("/api/v1/datasets").then().statusCode(201).body("id", is(id));
        return id;
    }

    /** The JSON description of a markets dataset with this id. */
    public static String marketsDescription(String id) {
        return """
                {"id":"%s","organization":"%s","title_id":"Pasar desa","title_en":"Village markets",
                "description_id":"Pasar yang dikelola desa.","description_en":"Markets run by villages.",
                "contact_name":"DPMD","contact_url":null,"license_id":"CC-BY-4.0",
                "license_title":"Creative Commons Attribution 4.0",
                "license_url":"https://creativecommons.org/licenses/by/4.0/","attribution":null,"sources":[],
                "keywords":["pasar"],"themes":["econ"],"spatial":["35.10"],"temporal_start":"2025-01-01",
                "temporal_end":null,"update_frequency":"annual","table_schema":{"fields":[
                {"name":"village_code","type":"string","constraints":{"required":true}},
                {"name":"market","type":"string","constraints":{"required":true}},
                {"name":"stalls","type":"integer","constraints":{"minimum":0,"maximum":10000}},
                {"name":"opened","type":"date"},
                {"name":"kind","type":"string","constraints":{"enum":["daily","weekly"]}}],
                "primaryKey":["village_code","market"],
                "foreignKeys":[{"fields":"village_code","reference":{"resource":"regions","fields":"code"}}]}}
                """.formatted(id, ORGANIZATION);
    }

    /** Uploads a CSV as a draft of {@code dataset} with a publisher key of {@link #ORGANIZATION}. */
    public static ValidatableResponse upload(String dataset, String csv) {
        return upload(ORGANIZATION, dataset, csv);
    }

    /** Uploads a CSV as a draft of {@code dataset} with a publisher key of {@code organization}. */
    public static ValidatableResponse upload(String organization, String dataset, String csv) {
        return Keys.asPublisherOf(organization).contentType("text/csv").body(csv)
                .queryParam("notes_id", "Uji").queryParam("notes_en", "Test")
                .post("/api/v1/datasets/" + dataset + "/drafts").then();
    }

    /** Uploads a CSV and publishes it with a key of {@link #ORGANIZATION}; returns the new version number. */
    public static int publish(String dataset, String csv) {
        return publish(ORGANIZATION, dataset, csv);
    }

    /** Uploads a CSV and publishes it with a key of {@code organization}; returns the new version number. */
    public static int publish(String organization, String dataset, String csv) {
        String draft = upload(organization, dataset, csv).statusCode(201).extract().path("id");
        return Keys.asPublisherOf(organization).post("/api/v1/datasets/" + dataset + "/drafts/" + draft + "/publish")
                .then().statusCode(201).extract().path("version");
    }
}
