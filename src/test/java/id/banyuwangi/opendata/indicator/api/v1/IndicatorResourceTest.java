package id.banyuwangi.opendata.indicator.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class IndicatorResourceTest {

    @Test
    void catalogueDescribesEachIndicatorInBothLanguages() {
        JsonPath page = given().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        List<String> codes = page.getList("items.code", String.class);
        assertEquals(List.of("area", "idm_score", "idm_status", "ike_score", "ikl_score", "iks_score",
                "n_desa_idm_berkembang", "n_desa_idm_maju", "n_desa_idm_mandiri", "n_desa_idm_tertinggal",
                "population_female", "population_male", "population_total", "smart_kampung_fibre_villages",
                "smart_kampung_villages"), codes);
        page.getList("items", Map.class).forEach(i -> {
            for (String key : List.of("name_id", "name_en", "description_id", "description_en", "unit",
                    "frequency", "rollup")) {
                assertEquals(true, i.get(key) instanceof String s && !s.isBlank(), i.get("code") + " " + key);
            }
        });
    }

    @Test
    void idmStatusIsACategoryWithTheFiveOfficialClassesAndThresholds() {
        given().get("/api/v1/indicators/idm_status").then()
                .statusCode(200)
                .body("value_type", is("category"))
                .body("rollup", is("count_per_category"))
                .body("levels", contains("village"))
                .body("village_types", contains("desa"))
                .body("categories.code", contains("sangat_tertinggal", "tertinggal", "berkembang", "maju", "mandiri"))
                .body("categories.find { it.code == 'mandiri' }.definition", is("IDM > 0.8155"))
                .body("sources", hasItems("KEMENDESA_IDM2023_KRISTONOVA", "KEMENDESA_IDM2024_KRISTONOVA"));
        given().get("/api/v1/indicators/idm_score").then()
                .statusCode(200)
                .body("value_type", is("number"))
                .body("method_en", containsString("IDM = (IKS + IKE + IKL) / 3"))
                .body("min_value", is(0))
                .body("max_value", is(1))
                .body("synthetic", is(false));
    }

    @Test
    void anUnknownIndicatorIsA404() {
        given().get("/api/v1/indicators/idm_scor").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("idm_scor"));
        given().get("/api/v1/indicators/idm_scor/summary").then().statusCode(404);
        given().get("/api/v1/indicators/idm_scor/availability").then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource({"2024, 179, 10", "2023, 162, 27"})
    void regencySummaryCountsMandiriAndMajuDesa(String period, int mandiri, int maju) {
        given().get("/api/v1/indicators/idm_status/summary?by=regency&period=" + period).then()
                .statusCode(200)
                .body("period", is(period))
                .body("groups", hasSize(1))
                .body("groups[0].area_code", is("35.10"))
                .body("groups[0].count", is(189))
                .body("groups[0].categories.mandiri", is(mandiri))
                .body("groups[0].categories.maju", is(maju))
                .body("groups[0].categories.berkembang", is(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"idm_status", "idm_score", "iks_score"})
    void kecamatanSummariesAddUpToTheRegency(String indicator) {
        JsonPath districts = given().get("/api/v1/indicators/" + indicator + "/summary?by=district&period=2024")
                .then().statusCode(200).body("groups", hasSize(25)).extract().jsonPath();
        JsonPath regency = given().get("/api/v1/indicators/" + indicator + "/summary?by=regency&period=2024")
                .then().statusCode(200).extract().jsonPath();
        int total = districts.getList("groups.count", Integer.class).stream().mapToInt(Integer::intValue).sum();
        assertEquals(regency.getInt("groups[0].count"), total);
        assertEquals(189, total);
        if (indicator.equals("idm_status")) {
            int mandiri = districts.getList("groups.categories.mandiri", Integer.class).stream()
                    .mapToInt(Integer::intValue).sum();
            assertEquals(179, mandiri);
        } else {
            double sum = districts.getList("groups.sum", Double.class).stream().filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue).sum();
            assertEquals(regency.getDouble("groups[0].sum"), sum, 1e-6);
        }
    }

    @Test
    void theRegencyMeanIdmIsTheDocumentedOne() {
        JsonPath y2023 = given().get("/api/v1/indicators/idm_score/summary?by=regency&period=2023").then()
                .statusCode(200).body("rollup", is("mean")).body("groups[0].count", is(189)).extract().jsonPath();
        assertEquals(0.8770, y2023.getDouble("groups[0].value"), 0.00005);
        assertEquals(0.9981, y2023.getDouble("groups[0].max"), 1e-9);
        JsonPath y2024 = given().get("/api/v1/indicators/idm_score/summary?by=regency&period=2024").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(0.8901, y2024.getDouble("groups[0].value"), 0.00005);
        assertEquals(0.9962, y2024.getDouble("groups[0].max"), 1e-9);
    }

    @Test
    void banyuwangiKecamatanHasOnlyKelurahanSoItsGroupIsEmpty() {
        given().get("/api/v1/indicators/idm_score/summary?period=2024").then().statusCode(200)
                .body("by", is("district"))
                .body("groups.find { it.area_code == '35.10.16' }.count", is(0))
                .body("groups.find { it.area_code == '35.10.16' }.mean", nullValue());
    }

    @Test
    void summaryWithoutPeriodUsesTheLatestWithVillageData() {
        given().get("/api/v1/indicators/idm_status/summary").then().statusCode(200).body("period", is("2024"));
    }

    @Test
    void indicatorsThatDoNotRollUpRefuseASummary() {
        given().get("/api/v1/indicators/population_total/summary").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("by"));
    }

    @Test
    void availabilityListsPeriodsAndLevelsWithCounts() {
        given().get("/api/v1/indicators/idm_score/availability").then().statusCode(200)
                .body("latest_period", is("2024"))
                .body("periods.period", contains("2021", "2022", "2023", "2024"))
                .body("periods.observations", contains(2, 7, 189, 189))
                .body("periods.level", contains("village", "village", "village", "village"));
        given().get("/api/v1/indicators/area/availability").then().statusCode(200)
                .body("periods.last().period", nullValue());
    }
}
