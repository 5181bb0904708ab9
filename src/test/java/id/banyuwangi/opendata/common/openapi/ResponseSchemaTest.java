package id.banyuwangi.opendata.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.banyuwangi.opendata.testing.OpenApiSchemas;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a typed client generated from the committed {@code openapi/openapi.yaml} relies on holds for what the
 * service sends: every public GET, called with its documented examples on the seed, answers a body that validates
 * against its documented schema, made strict ({@link OpenApiSchemas}). The documented examples must validate too.
 */
@QuarkusTest
class ResponseSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> VALIDATED = Set.of("application/json", "application/geo+json");
    /** GeoJSON that the examples do not give: a choropleth needs one indicator and period, a download geometry. */
    private static final Map<String, String> GEOJSON_URLS = Map.of(
            "/api/v1/observations", "/api/v1/observations?indicator=idm_status&period=2024",
            "/api/v1/datasets/{id}/versions/{version}/download",
            "/api/v1/datasets/village-boundaries/versions/1/download");

    private static JsonNode document;
    private static OpenApiSchemas schemas;

    @BeforeAll
    static void readTheCommittedDocument() throws IOException {
        document = YAML.readTree(Path.of("openapi", "openapi.yaml").toFile());
        schemas = OpenApiSchemas.of(document);
    }

    @Test
    void everyPublicReadAnswersWhatItsSchemaSays() {
        Map<String, List<String>> failures = new TreeMap<>();
        List<String> checked = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(entry -> {
            JsonNode get = entry.getValue().get("get");
            if (get == null || !get.path("security").isEmpty()) {
                return;
            }
            get.path("responses").path("200").path("content").fields().forEachRemaining(content -> {
                if (!VALIDATED.contains(content.getKey())) {
                    return;
                }
                String url = content.getKey().equals("application/geo+json")
                        ? GEOJSON_URLS.getOrDefault(entry.getKey(), exampleUrl(entry.getKey(), get))
                        : exampleUrl(entry.getKey(), get);
                String name = content.getKey() + " GET " + url;
                Response response = given().urlEncodingEnabled(false).accept(content.getKey()).get(url);
                List<String> errors = new ArrayList<>();
                if (response.statusCode() != 200) {
                    errors.add("status " + response.statusCode() + ": " + response.asString());
                } else {
                    errors.addAll(schemas.validate(content.getValue().path("schema"), response.asString()));
                }
                checked.add(name);
                if (!errors.isEmpty()) {
                    failures.put(name, errors);
                }
            });
        });
        assertEquals(55, checked.size(), "operations checked: " + checked);
        assertEquals(Map.of(), failures);
    }

    @Test
    void everyDocumentedExampleIsWhatItsSchemaSays() {
        Map<String, List<String>> failures = new TreeMap<>();
        List<String> checked = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            List<JsonNode> contents = new ArrayList<>();
            contents.add(op.getValue().path("requestBody").path("content"));
            op.getValue().path("responses").forEach(response -> contents.add(response.path("content")));
            contents.forEach(content -> content.fields().forEachRemaining(media -> media.getValue().path("examples")
                    .fields().forEachRemaining(example -> {
                        JsonNode value = example.getValue().path("value");
                        if (media.getKey().contains("json") && value.isContainerNode()) {
                            String name = op.getKey() + " " + path.getKey() + " " + media.getKey() + " "
                                    + example.getKey();
                            checked.add(name);
                            List<String> errors = schemas.validate(media.getValue().path("schema"), value.toString());
                            if (!errors.isEmpty()) {
                                failures.put(name, errors);
                            }
                        }
                    })));
        }));
        assertEquals(404, checked.size(), "examples checked: " + checked.size());
        assertEquals(Map.of(), failures);
    }

    @Test
    void aProblemAnswersWhatTheProblemSchemaSays() {
        String body = given().get("/api/v1/villages/35.10.99.2001").then().statusCode(404).extract().asString();
        assertEquals(List.of(), schemas.validate(JSON.createObjectNode().put("$ref", "#/components/schemas/Problem"), body));
    }

    /** The URL of an operation with the documented example of each path parameter and required query parameter. */
    private static String exampleUrl(String path, JsonNode operation) {
        String url = path;
        List<String> query = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String example = parameter.path("example").asText();
            if (parameter.path("in").asText().equals("path")) {
                url = url.replace("{" + parameter.path("name").asText() + "}", example);
            } else if (parameter.path("required").asBoolean() && parameter.path("in").asText().equals("query")) {
                query.add(parameter.path("name").asText() + "=" + example);
            }
        }
        return query.isEmpty() ? url : url + "?" + String.join("&", query);
    }
}
