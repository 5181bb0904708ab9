package id.banyuwangi.opendata.dataset.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.testing.OpenApiSchemas;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document of a dataset's records, generated from its Table Schema, and the service agreeing with it. */
@QuarkusTest
class DatasetContractsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORDS = "/api/v1/datasets/villages/versions/{version}/records";

    @Test
    void theVillagesDocumentHasATypedParameterPerField() throws IOException {
        JsonNode document = document("villages");
        assertEquals("3.1.0", document.path("openapi").asText());
        JsonNode parameters = document.path("paths").path(RECORDS).path("get").path("parameters");
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add(p.has("$ref") ? p.get("$ref").asText() : p.path("name").asText()));
        assertEquals(List.of("#/components/parameters/version", "limit", "cursor", "sort", "q", "fields", "code",
                "name", "type", "district_code", "district_name", "postal_code", "bps_code", "lat", "lat_min",
                "lat_max", "lon", "lon_min", "lon_max", "polygon_area_km2", "polygon_area_km2_min",
                "polygon_area_km2_max"), names);
        assertEquals("[\"desa\",\"kelurahan\"]", parameter(parameters, "type").path("schema").path("items")
                .path("enum").toString());
        assertEquals("form", parameter(parameters, "type").path("style").asText());
        assertFalse(parameter(parameters, "type").path("explode").asBoolean(true));
        assertEquals("number", parameter(parameters, "lat_min").path("schema").path("type").asText());
        assertEquals("integer", parameter(parameters, "limit").path("schema").path("type").asText());
        assertEquals("[\"code\",\"-code\",\"name\",\"-name\",\"type\",\"-type\",\"district_code\",\"-district_code\","
                + "\"district_name\",\"-district_name\"]", parameter(parameters, "sort").path("schema").path("enum")
                .toString());
        JsonNode record = document.path("components").path("schemas").path("Record").path("properties");
        assertEquals("\"string\"", record.path("code").path("type").toString());
        assertEquals("[\"string\",\"null\"]", record.path("postal_code").path("type").toString());
        assertEquals("^(\\d{5})$", record.path("postal_code").path("pattern").asText());
        assertEquals("[\"number\",\"null\"]", record.path("polygon_area_km2").path("type").toString());
        assertEquals("[\"csv\",\"json\",\"ndjson\",\"xlsx\"]", parameter(document.path("paths")
                .path("/api/v1/datasets/villages/versions/{version}/download").path("get").path("parameters"),
                "format").path("schema").path("enum").toString());
        Files.createDirectories(Path.of("target", "dataset-openapi"));
        Files.writeString(Path.of("target", "dataset-openapi", "villages.json"), document.toPrettyString());
    }

    @Test
    void aDatasetWithGeometryOffersGeoJsonAndNoFilterOnTheGeometry() throws IOException {
        JsonNode document = document("village-boundaries");
        JsonNode download = document.path("paths")
                .path("/api/v1/datasets/village-boundaries/versions/{version}/download").path("get");
        assertEquals("[\"csv\",\"json\",\"ndjson\",\"geojson\",\"xlsx\"]",
                parameter(download.path("parameters"), "format").path("schema").path("enum").toString());
        JsonNode parameters = document.path("paths")
                .path("/api/v1/datasets/village-boundaries/versions/{version}/records").path("get")
                .path("parameters");
        parameters.forEach(p -> assertFalse(p.path("name").asText().equals("geometry")));
        assertEquals("object", document.path("components").path("schemas").path("Record").path("properties")
                .path("geometry").path("type").path(0).asText());
    }

    @Test
    void everyFilterTheDocumentDeclaresSelectsWhatItSays() throws IOException {
        JsonNode document = document("villages");
        JsonNode first = JSON.readTree(given().get("/api/v1/datasets/villages/versions/latest/records?limit=1"
                + "&code=35.10.03.2002").then().statusCode(200).extract().asString()).path("items").path(0);
        int checked = 0;
        for (JsonNode parameter : document.path("paths").path(RECORDS).path("get").path("parameters")) {
            String name = parameter.path("name").asText();
            String field = name.replaceAll("_(min|max)$", "");
            if (!first.has(field) || name.equals("fields")) {
                continue;
            }
            JsonNode value = first.get(field);
            String query = name + "=" + URLEncoder.encode(value.asText(), StandardCharsets.UTF_8);
            JsonNode items = JSON.readTree(given().urlEncodingEnabled(false)
                    .get("/api/v1/datasets/villages/versions/latest/records?limit=1000&" + query)
                    .then().statusCode(200).extract().asString()).path("items");
            assertFalse(items.isEmpty(), query + " found nothing, not even the record it came from");
            for (JsonNode item : items) {
                if (name.endsWith("_min")) {
                    assertTrue(new BigDecimal(item.get(field).asText()).compareTo(value.decimalValue()) >= 0, query);
                } else if (name.endsWith("_max")) {
                    assertTrue(new BigDecimal(item.get(field).asText()).compareTo(value.decimalValue()) <= 0, query);
                } else {
                    assertEquals(value, item.get(field), query);
                }
            }
            checked++;
        }
        assertEquals(16, checked);
    }

    @Test
    void recordsAndDownloadsAreWhatTheDocumentSays() throws IOException {
        JsonNode document = document("villages");
        OpenApiSchemas schemas = OpenApiSchemas.of(document);
        JsonNode page = document.path("paths").path(RECORDS).path("get").path("responses").path("200")
                .path("content").path("application/json").path("schema");
        String records = given().get("/api/v1/datasets/villages/versions/latest/records?limit=1000").then()
                .statusCode(200).body("items.size()", is(217)).extract().asString();
        assertEquals(List.of(), schemas.validate(page, records));
        String some = given().get("/api/v1/datasets/villages/versions/latest/records?fields=code,name").then()
                .statusCode(200).body("items[0].keySet()", is(java.util.Set.of("code", "name"))).extract().asString();
        assertEquals(List.of(), schemas.validate(page, some));
        JsonNode array = document.path("paths").path("/api/v1/datasets/villages/versions/{version}/download")
                .path("get").path("responses").path("200").path("content").path("application/json").path("schema");
        String download = given().get("/api/v1/datasets/villages/versions/latest/download?format=json").then()
                .statusCode(200).extract().asString();
        assertEquals(List.of(), schemas.validate(array, download));
    }

    @Test
    void anUnknownDatasetHasNoDocument() {
        given().get("/api/v1/datasets/no-such-dataset/openapi.json").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static JsonNode document(String id) throws IOException {
        return JSON.readTree(given().get("/api/v1/datasets/" + id + "/openapi.json").then().statusCode(200)
                .contentType("application/json").extract().asString());
    }

    private static JsonNode parameter(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + name);
    }
}
