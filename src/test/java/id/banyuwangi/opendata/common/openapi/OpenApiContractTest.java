package id.banyuwangi.opendata.common.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi/openapi.yaml} is the contract: it must equal what the service serves. After an
 * intended change, run {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true} and commit the file.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void committedDocumentMatchesTheServedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.yaml"), served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "openapi/openapi.yaml is missing");
        assertTrue(YAML.readTree(Files.readString(COMMITTED)).equals(YAML.readTree(served)),
                "openapi/openapi.yaml differs from the served document (written to target/openapi.yaml; compare"
                        + " the two with diff); rerun with -Dopenapi.update=true if the change is intended");
    }

    @Test
    void everyOperationIsDocumentedWithSummaryErrorsAndExamples() throws IOException {
        JsonNode document = YAML.readTree(given().accept("application/yaml").get("/q/openapi").asString());
        List<String> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode operation = op.getValue();
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            operations.add(name);
            assertNotNull(operation.get("operationId"), name + " has no operationId");
            assertFalse(operation.path("summary").asText().isBlank(), name + " has no summary");
            assertFalse(operation.path("description").asText().isBlank(), name + " has no description");
            assertFalse(operation.path("tags").isEmpty(), name + " has no tag");
            JsonNode responses = operation.get("responses");
            boolean keyed = !operation.path("security").isEmpty();
            List<String> required = new ArrayList<>(List.of("400", "429", "503"));
            if (op.getKey().equals("get")) {
                required.addAll(keyed ? List.of("200", "406") : List.of("200", "304", "406"));
            }
            if (keyed) {
                required.addAll(List.of("401", "403"));
            }
            if (operation.has("requestBody")) {
                required.addAll(List.of("413", "415"));
            }
            for (String status : required) {
                assertNotNull(responses.get(status), name + " does not document " + status);
            }
            if (path.getKey().contains("{")) {
                assertNotNull(responses.get("404"), name + " does not document 404");
            }
            responses.fields().forEachRemaining(r -> {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    assertFalse(r.getValue().path("content").path("application/problem+json").path("examples")
                            .isEmpty(), name + " has no problem example for " + r.getKey());
                }
            });
            String success = responses.has("200") ? "200" : responses.has("201") ? "201" : "204";
            assertNotNull(responses.get(success), name + " documents no success response");
            JsonNode content = responses.path(success).path("content");
            if (!success.equals("204")) {
                JsonNode example = content.has("application/json")
                        ? content.path("application/json").path("examples")
                        : content.elements().next().path("examples");
                assertFalse(example.isEmpty(), name + " has no example of its main response");
            }
            if (operation.has("requestBody")) {
                assertFalse(operation.path("requestBody").path("content").elements().next().path("examples")
                        .isEmpty(), name + " has no example of its request body");
            }
            operation.path("parameters").forEach(p -> assertFalse(p.path("description").asText().isBlank(),
                    name + " parameter " + p.path("name").asText() + " has no description"));
        }));
        assertTrue(operations.contains("GET /api/v1/villages"), operations.toString());
        assertEquals("ODbL-1.0 (data); see data-seed/README.md for each source",
                document.path("info").path("license").path("name").asText());
    }
}
