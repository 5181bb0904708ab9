package id.banyuwangi.opendata.publicservice.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicServiceResourceTest {

    @Test
    void theSevenSmartKampungComponentsAreListed() {
        given().get("/api/v1/service-components").then().statusCode(200)
                .body("items", hasSize(7))
                .body("items.source", everyItem(is("PRESS_BERITADAERAH_2021_11_17")));
    }

    @Test
    void theCatalogueHoldsOnlyServicesTheSourcesName() {
        given().get("/api/v1/services").then().statusCode(200)
                .body("items.code", contains("akta_kelahiran", "berkas_beasiswa", "e_ktp", "kartu_keluarga",
                        "pengaduan_sms", "surat_keterangan_domisili", "surat_keterangan_usaha",
                        "surat_pernyataan_miskin"))
                .body("items.statistics", everyItem(is("none")));
        given().get("/api/v1/services/pengaduan_sms").then().statusCode(200)
                .body("channels", contains("sms"))
                .body("component.code", is("public_service"))
                .body("source", is("PRESS_MENPAN_2016_06_24"));
        given().get("/api/v1/services?component=poverty_alleviation").then().statusCode(200)
                .body("items.code", contains("surat_pernyataan_miskin"));
    }

    @Test
    void offeringsAndStatisticsAreEmptyUntilPublished() {
        given().get("/api/v1/services/akta_kelahiran/villages").then().statusCode(200)
                .body("items", hasSize(0)).body("paging.next", nullValue());
        given().get("/api/v1/villages/35.10.01.2001/services").then().statusCode(200).body("items", hasSize(0));
        given().get("/api/v1/services/akta_kelahiran/statistics?district_code=35.10.01&period_from=2024")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownServicesComponentsAndVillagesAreProblems() {
        given().get("/api/v1/services/passport").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/services/passport/villages").then().statusCode(404);
        given().get("/api/v1/services/passport/statistics").then().statusCode(404);
        given().get("/api/v1/services?component=tourism").then().statusCode(400).body("errors[0].field",
                is("component"));
        given().get("/api/v1/villages/35.10.01.2999/services").then().statusCode(404);
        given().get("/api/v1/services/akta_kelahiran/statistics?village_code=35.10.01").then().statusCode(400)
                .body("errors[0].field", is("village_code"));
    }
}
