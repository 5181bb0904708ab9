package id.banyuwangi.opendata.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.util.List;

/**
 * Validates JSON against the schemas of an OpenAPI 3.1 document (JSON Schema 2020-12), made strict: every object
 * that lists its properties is closed to others ({@code additionalProperties: false} where the document says
 * nothing about other keys), so that a key the document does not name is an error as much as a missing required
 * one or a null where the type allows none.
 */
public final class OpenApiSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPONENTS = "#/components/schemas/";

    private final ObjectNode definitions;

    private OpenApiSchemas(ObjectNode definitions) {
        this.definitions = definitions;
    }

    /** The schemas of {@code document}'s {@code components}. */
    public static OpenApiSchemas of(JsonNode document) {
        ObjectNode definitions = document.path("components").path("schemas").deepCopy();
        definitions.forEach(OpenApiSchemas::strict);
        return new OpenApiSchemas(definitions);
    }

    /** The messages of what in {@code body} breaks {@code schema} (which may refer to the components); empty if none. */
    public List<String> validate(JsonNode schema, String body) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll((ObjectNode) strict(schema.deepCopy()));
        root.set("$defs", definitions);
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root)
                    .validate(JSON.readTree(body)).stream().map(ValidationMessage::getMessage).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** The schema with its references pointing into {@code $defs}, and its objects closed. */
    private static JsonNode strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return schema;
        }
        if (object.path("$ref").asText().startsWith(COMPONENTS)) {
            object.put("$ref", "#/$defs/" + object.get("$ref").asText().substring(COMPONENTS.length()));
        }
        if (object.get("properties") instanceof ObjectNode properties) {
            properties.forEach(OpenApiSchemas::strict);
            if (!object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
        }
        for (String single : List.of("items", "additionalProperties", "not")) {
            strict(object.path(single));
        }
        for (String list : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
            object.path(list).forEach(OpenApiSchemas::strict);
        }
        return object;
    }
}
