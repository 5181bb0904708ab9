package id.banyuwangi.opendata.publicservice.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which village offers which Smart Kampung service, and the monthly delivery figures, become publishable: a release
 * of each dataset reaches the service endpoints, as JSON and CSV, and a release naming a village or service that does
 * not exist is refused whole.
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class ServiceReleaseTest {

    private static final String OWNER = "diskominfo-banyuwangi";
    private static final String OFFERINGS = "smart-kampung-offerings";
    private static final String STATISTICS = "smart-kampung-delivery-statistics";
    private static final String SOURCE = "PRESS_BERITADAERAH_2021_11_17";
    private static final int MONTHS = 6;

    @Test
    void offeringsAndStatisticsReleasesReachTheServiceEndpoints() throws IOException {
        List<String> villages = given().get("/api/v1/villages?limit=10").then().statusCode(200).extract()
                .jsonPath().getList("items.code");
        List<String> services = given().get("/api/v1/services?limit=3").then().statusCode(200).extract()
                .jsonPath().getList("items.code");
        assertEquals(10, villages.size());
        assertEquals(3, services.size());

        StringBuilder offerings = new StringBuilder("village_code,service_code,since,channel,status,source\r\n");
        StringBuilder statistics = new StringBuilder("village_code,service_code,month,requests_received,"
                + "requests_completed,median_days_to_complete,source\r\n");
        for (String village : villages) {
            for (String service : services) {
                offerings.append(village).append(',').append(service).append(",2024-01-15,village_office,active,")
                        .append(SOURCE).append("\r\n");
                for (int month = 1; month <= MONTHS; month++) {
                    statistics.append(village).append(',').append(service).append(",2025-0").append(month)
                            .append(',').append(10 + month).append(',').append(9 + month).append(",2.5,")
                            .append(SOURCE).append("\r\n");
                }
            }
        }
        int offeringsVersion = Publishing.publish(OWNER, OFFERINGS, offerings.toString());
        int statisticsVersion = Publishing.publish(OWNER, STATISTICS, statistics.toString());

        String service = services.get(0);
        given().get("/api/v1/services/" + service + "/villages").then().statusCode(200)
                .body("items.village_code", is(villages))
                .body("items.channel", everyItem(is("village_office")))
                .body("items.status", everyItem(is("active")))
                .body("items.release.dataset", everyItem(is(OFFERINGS)))
                .body("items.release.version", everyItem(is(offeringsVersion)));
        assertEquals(new TreeSet<>(villages), csvColumn("/api/v1/services/" + service + "/villages", "village_code"));
        given().get("/api/v1/villages/" + villages.get(0) + "/services").then().statusCode(200)
                .body("items.service_code", is(new TreeSet<>(services).stream().toList()));
        assertEquals(new TreeSet<>(services), csvColumn("/api/v1/villages/" + villages.get(0) + "/services",
                "service_code"));
        given().get("/api/v1/services/" + service + "/statistics?limit=1000").then().statusCode(200)
                .body("items", hasSize(villages.size() * MONTHS))
                .body("items.synthetic", everyItem(is(false)))
                .body("items.release.dataset", everyItem(is(STATISTICS)))
                .body("items.release.version", everyItem(is(statisticsVersion)));
        given().get("/api/v1/services/" + service + "/statistics?village_code=" + villages.get(0)).then()
                .statusCode(200).body("items.period", is(List.of("2025-01", "2025-02", "2025-03", "2025-04",
                        "2025-05", "2025-06")))
                .body("items.requests_received", is(List.of(11, 12, 13, 14, 15, 16)));
        assertEquals(villages.size() * MONTHS, csvRows("/api/v1/services/" + service + "/statistics?limit=1000")
                .size());
        given().get("/api/v1/services/" + service).then().statusCode(200).body("statistics", is("published"));

        String unknownVillage = offerings + "35.10.01.2999," + service + ",,online,active," + SOURCE + "\r\n";
        Publishing.upload(OWNER, OFFERINGS, unknownVillage).statusCode(422)
                .body("errors[0].field", is("village_code")).body("errors[0].row", is(31))
                .body("errors[0].detail", containsString("is not a Kemendagri code of the region register"));
        String unknownService = offerings + villages.get(0) + ",no_such_service,,online,active," + SOURCE + "\r\n";
        Publishing.upload(OWNER, OFFERINGS, unknownService).statusCode(422)
                .body("errors[0].field", is("service_code")).body("errors[0].row", is(31))
                .body("errors[0].detail", containsString("of the latest version of dataset smart-kampung-services"));
        given().get("/api/v1/datasets/" + OFFERINGS + "/versions/latest").then().body("version", is(offeringsVersion));
        given().get("/api/v1/services/" + service + "/villages").then().body("items", hasSize(villages.size()));
    }

    private static TreeSet<String> csvColumn(String path, String column) throws IOException {
        TreeSet<String> values = new TreeSet<>();
        csvRows(path).forEach(row -> values.add(row.get(column)));
        return values;
    }

    private static List<Map<String, String>> csvRows(String path) throws IOException {
        String csv = given().accept("text/csv").get(path).then().statusCode(200).contentType("text/csv").extract()
                .asString();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            return rows.readAll();
        }
    }
}
