package id.banyuwangi.opendata.harvest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents harvesters read. Each is also written to {@code target/harvest/}, where {@code .ci/run} validates
 * the data packages with the Frictionless {@code datapackage} library and expands the JSON-LD with {@code jsonld}.
 */
@QuarkusTest
class HarvestDocumentsTest {

    private static final Path OUT = Path.of("target", "harvest");

    @Test
    void theDcatApCatalogDescribesEveryDatasetWithItsDistributions() throws IOException {
        String body = given().get("/api/v1/catalog.jsonld").then().statusCode(200)
                .contentType("application/ld+json")
                .body("'@type'", is("dcat:Catalog"))
                .body("'dcat:dataset'", hasSize(15))
                .body("'dcat:dataset'.'@type'", everyItem(is("dcat:Dataset")))
                .body("'dcat:dataset'.find { it.'dct:identifier' == 'villages' }.'dcat:distribution'.'dcat:downloadURL'"
                        + ".'@id'", hasItem(containsString("/api/v1/datasets/villages/versions/2/download?format=csv")))
                .body("'dcat:dataset'.find { it.'dct:identifier' == 'villages' }.'dct:license'.'@id'",
                        is("https://opendatacommons.org/licenses/odbl/1-0/"))
                .extract().asString();
        write("catalog.jsonld", body);
    }

    @Test
    void dataJsonFollowsProjectOpenData() {
        given().get("/data.json").then().statusCode(200)
                .body("conformsTo", is("https://project-open-data.cio.gov/v1.1/schema"))
                .body("dataset", hasSize(15))
                .body("dataset.accessLevel", everyItem(is("public")))
                .body("dataset.find { it.title.startsWith('Villages') }.distribution.downloadURL",
                        hasItem(containsString("format=csv")));
    }

    @Test
    void dataPackagesAreWrittenForValidation() throws IOException {
        // The package describes the CSV resource, whose columns are the schema's fields but the geometry.
        for (String path : new String[] {"villages/versions/2", "village-boundaries/versions/1", "idm/versions/1"}) {
            List<String> fields = given().get("/api/v1/datasets/" + path.substring(0, path.indexOf('/'))).then()
                    .statusCode(200).extract().jsonPath()
                    .getList("table_schema.fields.findAll { it.type != 'geojson' }.name");
            String body = given().get("/api/v1/datasets/" + path + "/datapackage.json").then().statusCode(200)
                    .body("resources[0].schema.fields.name", is(fields)).extract().asString();
            write(path.replace("/versions/", "-v") + ".datapackage.json", body);
        }
    }

    private static void write(String name, String body) throws IOException {
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(name), body, StandardCharsets.UTF_8);
    }
}
