package id.banyuwangi.opendata.publicservice.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.banyuwangi.opendata.dataset.catalog.DatasetMetadataService;
import id.banyuwangi.opendata.publicservice.SyntheticDeliveryStatistics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Withdrawing the synthetic dataset (what a start with the switch off does) removes its figures from every view:
 * the statistics, the services' status, the catalog; the change feed says so. Runs on its own database, seeded with the switch on.
 */
@QuarkusTest
@TestProfile(SyntheticWithdrawalTest.SyntheticOnAlone.class)
class SyntheticWithdrawalTest {

    /** The switch on, in an application of its own (so the withdrawal touches no other test's data). */
    public static class SyntheticOnAlone extends SyntheticDeliveryStatisticsTest.SyntheticOn {
    }

    @Inject
    DatasetMetadataService metadata;

    @Test
    void aWithdrawnSyntheticDatasetLeavesNothingBehind() {
        String dataset = "/api/v1/datasets/" + SyntheticDeliveryStatistics.DATASET;
        given().get(dataset).then().statusCode(200);
        given().get("/api/v1/services/e_ktp/statistics").then().body("items", not(empty()));
        String changes = "/api/v1/changes?dataset=" + SyntheticDeliveryStatistics.DATASET;
        given().get(changes).then().statusCode(200)
                .body("items.type", contains("dataset_created", "version_published"));

        metadata.withdraw(SyntheticDeliveryStatistics.DATASET);

        given().get(changes).then().statusCode(200)
                .body("items.type", contains("dataset_created", "version_published", "dataset_withdrawn"))
                .body("items[2].version", nullValue())
                .body("items[2].links.downloads", hasSize(0));

        given().get(dataset).then().statusCode(404);
        given().get(dataset + "/versions/1/download").then().statusCode(404);
        given().get("/api/v1/services/e_ktp/statistics").then().statusCode(200).body("items", empty());
        given().get("/api/v1/services").then().statusCode(200).body("items", hasSize(8))
                .body("items.statistics", everyItem(is("none")));
        given().get("/api/v1/datasets?limit=100").then().body("items.id",
                not(hasItem(SyntheticDeliveryStatistics.DATASET)));
    }
}
