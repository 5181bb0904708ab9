package id.banyuwangi.opendata.ckan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The CKAN action API answers as CKAN documents it, with CKAN's envelope, and errors with the right status. */
@QuarkusTest
class CkanApiTest {

    private static final String ACTION = "/api/3/action/";

    @Test
    void packageListAndShow() {
        given().get(ACTION + "package_list").then().statusCode(200)
                .body("success", is(true))
                .body("help", startsWith("http"))
                .body("result", hasSize(15))
                .body("result", hasItem("villages"));
        given().get(ACTION + "package_show?id=villages").then().statusCode(200)
                .body("result.name", is("villages"))
                .body("result.organization.name", is("diskominfo-banyuwangi"))
                .body("result.license_id", is("ODbL-1.0"))
                .body("result.version", is("2"))
                .body("result.resources.id", contains("villages-csv", "villages-json", "villages-ndjson"))
                .body("result.resources[0].hash", startsWith("sha256:"))
                .body("result.tags.name", hasItem("desa"));
    }

    @Test
    void packageSearchFiltersPagesSortsAndCountsFacets() {
        given().get(ACTION + "package_search?q=desa&fq=organization:dpmd-banyuwangi").then().statusCode(200)
                .body("result.count", is(2))
                .body("result.results.name", containsInAnyOrder("idm", "idm-press-reports"))
                .body("result.facets.organization.'dpmd-banyuwangi'", is(2))
                .body("result.search_facets.organization.items[0].count", is(2));
        given().queryParam("rows", 2).queryParam("start", 1).queryParam("sort", "name desc")
                .get(ACTION + "package_search").then().statusCode(200)
                .body("result.count", is(15))
                .body("result.results.name", contains("village-boundaries", "smart-kampung-services"));
        given().queryParam("fq", "license_id:CC-BY-SA-4.0 tags:luas").get(ACTION + "package_search").then()
                .statusCode(200)
                .body("result.results.name", contains("area"));
    }

    @Test
    void organizationListAndResourceShow() {
        given().get(ACTION + "organization_list").then().statusCode(200)
                .body("result", contains("diskominfo-banyuwangi", "dispendukcapil-banyuwangi", "dpmd-banyuwangi"));
        given().get(ACTION + "organization_list?all_fields=true").then().statusCode(200)
                .body("result", hasSize(3)).body("result.is_organization", everyItem(is(true)));
        given().get(ACTION + "resource_show?id=village-boundaries-geojson").then().statusCode(200)
                .body("result.package_id", is("village-boundaries"))
                .body("result.format", is("GEOJSON"));
    }

    @Test
    void datastoreSearchFiltersSortsAndPagesByOffset() {
        given().queryParam("resource_id", "villages-csv").queryParam("filters", "{\"district_code\":\"35.10.01\"}")
                .queryParam("sort", "name desc").queryParam("limit", 2).queryParam("fields", "code,name")
                .get(ACTION + "datastore_search").then().statusCode(200)
                .body("result.total", is(5))
                .body("result.records", hasSize(2))
                .body("result.records[0].name", is("Sumbermulyo"))
                .body("result.fields.id", contains("code", "name"));
        given().get(ACTION + "datastore_search?resource_id=villages-csv&limit=5&offset=215").then().statusCode(200)
                .body("result.records", hasSize(2))
                .body("result.total", is(217));
        given().queryParam("resource_id", "idm-csv")
                .queryParam("filters", "{\"indicator\":\"idm_status\",\"period\":\"2024\",\"value\":\"MANDIRI\"}")
                .queryParam("include_total", "true").queryParam("limit", 1)
                .get(ACTION + "datastore_search").then().statusCode(200)
                .body("result.total", is(179));
    }

    @Test
    void errorsUseCkansEnvelopeWithTheRightStatus() {
        given().get(ACTION + "package_show?id=nope").then().statusCode(404)
                .contentType("application/json")
                .body("success", is(false))
                .body("error.__type", is("Not Found Error"));
        given().get(ACTION + "package_show").then().statusCode(400)
                .body("error.__type", is("Validation Error"))
                .body("error.id[0]", is("is required"));
        given().get(ACTION + "datastore_search?resource_id=villages-csv&filters=not-json").then().statusCode(400)
                .body("success", is(false));
        given().queryParam("resource_id", "villages-csv").queryParam("filters", "{\"nope\":\"x\"}")
                .get(ACTION + "datastore_search").then().statusCode(400).body("error.nope", hasSize(1));
        given().get(ACTION + "package_search?fq=groups:x").then().statusCode(400);
        given().get(ACTION + "datastore_search?resource_id=villages-csv&fields=code,nope").then().statusCode(400)
                .body("error.fields[0]", org.hamcrest.Matchers.containsString("nope"));
        given().get(ACTION + "resource_show?id=villages-xlsx").then().statusCode(404);
    }
}
