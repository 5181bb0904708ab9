package id.banyuwangi.opendata.dataset.api.v1;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.opendata.common.error.ProblemMapper;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.dataset.release.VersionRef;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAPI 3.1 document of one dataset, generated from its Table Schema: the records query with one typed
 * parameter per field ({@code field=v1,v2}, and {@code field_min}/{@code field_max} on ordered fields), the sort
 * orders it offers, and the record as a schema with a property per field, so that a typed client knows each
 * dataset's filters and columns, which the service-wide contract can only describe in words.
 */
@ApplicationScoped
public class DatasetContracts {

    private static final String OPENAPI_PARAMETERS = "#/components/parameters/";
    private static final String RECORD = "#/components/schemas/Record";

    private final ObjectMapper json;

    public DatasetContracts(ObjectMapper json) {
        this.json = json;
    }

    /** The document of {@code dataset} with its {@code schema}, served under {@code baseUri}. */
    public ObjectNode of(Dataset dataset, TableSchema schema, List<String> sortOrders, String baseUri) {
        ObjectNode document = json.createObjectNode();
        document.put("openapi", "3.1.0");
        ObjectNode info = document.putObject("info");
        info.put("title", dataset.titleEn);
        info.put("description", "The records of the dataset `" + dataset.id + "` (" + dataset.titleId + "), one"
                + " query parameter per field of its Table Schema. Part of the service's contract at "
                + baseUri + "q/openapi, which describes the rest of the API.");
        info.put("version", "1");
        info.putObject("license").put("name", dataset.licenseTitle).put("url", dataset.licenseUrl);
        document.putArray("servers").addObject().put("url", baseUri.substring(0, baseUri.length() - 1));
        String prefix = "/api/v1/datasets/" + dataset.id + "/versions/{version}";
        ObjectNode paths = document.putObject("paths");
        paths.putObject(prefix + "/records").set("get", records(dataset, schema, sortOrders));
        paths.putObject(prefix + "/download").set("get", download(dataset, schema));
        ObjectNode components = document.putObject("components");
        ObjectNode parameters = components.putObject("parameters");
        parameters.putObject("version").put("name", "version").put("in", "path").put("required", true)
                .put("description", "A version number, or latest.")
                .putObject("schema").put("type", "string").put("pattern", VersionRef.PATTERN);
        ObjectNode schemas = components.putObject("schemas");
        schemas.set("Record", record(schema));
        schemas.set("RecordPage", recordPage());
        schemas.set("Problem", problem());
        return document;
    }

    private ObjectNode records(Dataset dataset, TableSchema schema, List<String> sortOrders) {
        ObjectNode operation = operation("listRecords", "Query the records of a version of " + dataset.id,
                "Every filter must hold; a field filter takes one value or several separated by commas.");
        ArrayNode parameters = operation.putArray("parameters");
        parameters.addObject().put("$ref", OPENAPI_PARAMETERS + "version");
        query(parameters, "limit", "Records per page, 1 to 1000 (default 100).", false)
                .put("type", "integer").put("minimum", 1).put("maximum", 1000).put("default", 100);
        query(parameters, "cursor", "Opaque cursor from `paging.next_cursor` of the previous page.", false)
                .put("type", "string");
        ArrayNode orders = query(parameters, "sort", "The order: a field, `-` before it for descending.", false)
                .put("type", "string").putArray("enum");
        sortOrders.forEach(order -> orders.add(order).add("-" + order));
        query(parameters, "q", "Words that must all occur in the record's values.", false).put("type", "string");
        ObjectNode fields = query(parameters, "fields", "The fields to return (default all).", true);
        fields.put("type", "array");
        ArrayNode names = fields.putObject("items").put("type", "string").putArray("enum");
        schema.fields().forEach(field -> names.add(field.name()));
        for (TableSchema.Field field : schema.columns()) {
            ObjectNode list = query(parameters, field.name(), "Only records whose " + field.name() + " is one of"
                    + " these values.", true);
            list.put("type", "array");
            list.set("items", valueSchema(field));
            if (field.ordered()) {
                query(parameters, field.name() + "_min", "Only records whose " + field.name() + " is at least this.",
                        false).setAll(valueSchema(field));
                query(parameters, field.name() + "_max", "Only records whose " + field.name() + " is at most this.",
                        false).setAll(valueSchema(field));
            }
        }
        ObjectNode content = ok(operation, "One page of records.").putObject(Format.JSON.mediaType());
        content.putObject("schema").put("$ref", "#/components/schemas/RecordPage");
        return operation;
    }

    private ObjectNode download(Dataset dataset, TableSchema schema) {
        ObjectNode operation = operation("downloadVersion", "Download a version of " + dataset.id,
                "The whole version as one file; the CSV's header row is the field names.");
        ArrayNode parameters = operation.putArray("parameters");
        parameters.addObject().put("$ref", OPENAPI_PARAMETERS + "version");
        List<Format> formats = new ArrayList<>(List.of(Format.CSV, Format.JSON, Format.NDJSON));
        if (schema.geometryField() != null) {
            formats.add(Format.GEOJSON);
        }
        ArrayNode values = query(parameters, "format", "The format, overriding Accept (default csv).", false)
                .put("type", "string").putArray("enum");
        formats.forEach(format -> values.add(format.parameterValue()));
        values.add(Format.XLSX_VALUE);
        query(parameters, "bom", "true: start the CSV with a UTF-8 byte order mark.", false)
                .put("type", "boolean").put("default", false);
        ObjectNode content = ok(operation, "The version.");
        for (Format format : formats) {
            ObjectNode body = content.putObject(format.mediaType()).putObject("schema");
            switch (format) {
                case JSON -> body.put("type", "array").putObject("items").put("$ref", RECORD);
                case GEOJSON -> body.put("type", "object").put("description", "A GeoJSON FeatureCollection (RFC"
                        + " 7946) whose features' properties are the record's other fields.");
                default -> body.put("type", "string");
            }
        }
        content.putObject(Format.XLSX).putObject("schema").put("type", "string")
                .put("description", "An XLSX workbook: the records, and the licence and citation.");
        return operation;
    }

    /** A record: one property per field, typed as the JSON of records writes it, null where there is no value. */
    private ObjectNode record(TableSchema schema) {
        ObjectNode record = json.createObjectNode().put("type", "object");
        ObjectNode properties = record.putObject("properties");
        for (TableSchema.Field field : schema.fields()) {
            ObjectNode property = valueSchema(field);
            if (!field.required()) {
                property.set("type", json.createArrayNode().add(property.path("type").asText()).add("null"));
                if (property.get("enum") instanceof ArrayNode values) {
                    values.addNull();
                }
            }
            if (field.description() != null) {
                property.put("description", field.description());
            }
            if (field.unit() != null) {
                property.put("x-unit", field.unit());
            }
            properties.set(field.name(), property);
        }
        record.put("description", "Every field is present unless `fields` selects some of them.");
        record.put("additionalProperties", false);
        return record;
    }

    private ObjectNode recordPage() {
        ObjectNode page = json.createObjectNode().put("type", "object");
        page.putArray("required").add("dataset_id").add("version").add("items").add("paging");
        ObjectNode properties = page.putObject("properties");
        properties.putObject("dataset_id").put("type", "string");
        properties.putObject("version").put("type", "integer");
        properties.putObject("items").put("type", "array").putObject("items").put("$ref", RECORD);
        ObjectNode paging = properties.putObject("paging").put("type", "object");
        paging.putArray("required").add("limit").add("next_cursor").add("next").add("self");
        ObjectNode pagingProperties = paging.putObject("properties");
        pagingProperties.putObject("limit").put("type", "integer");
        pagingProperties.putObject("next_cursor").putArray("type").add("string").add("null");
        pagingProperties.putObject("next").putArray("type").add("string").add("null");
        pagingProperties.putObject("self").put("type", "string");
        return page;
    }

    /** The JSON Schema of a field's values, as the records' JSON writes them (Table Schema types mapped). */
    private ObjectNode valueSchema(TableSchema.Field field) {
        ObjectNode value = json.createObjectNode();
        switch (field.type()) {
            case "integer", "year" -> value.put("type", "integer");
            case "number" -> value.put("type", "number");
            case "boolean" -> value.put("type", "boolean");
            case "date" -> value.put("type", "string").put("format", "date");
            case "datetime" -> value.put("type", "string").put("format", "date-time");
            case "geojson" -> value.put("type", "object").put("description", "A GeoJSON geometry (RFC 7946).");
            default -> value.put("type", "string");
        }
        TableSchema.Constraints constraints = field.constraints();
        if (constraints != null) {
            if (constraints.enumValues() != null) {
                ArrayNode values = value.putArray("enum");
                constraints.enumValues().forEach(values::add);
            }
            if (constraints.minimum() != null) {
                value.put("minimum", constraints.minimum());
            }
            if (constraints.maximum() != null) {
                value.put("maximum", constraints.maximum());
            }
            if (constraints.pattern() != null) {
                value.put("pattern", "^(" + constraints.pattern() + ")$");
            }
        }
        return value;
    }

    private ObjectNode operation(String id, String summary, String description) {
        return json.createObjectNode().put("operationId", id).put("summary", summary).put("description",
                description);
    }

    /** The operation's responses: the 200, whose content is returned, and the problems. */
    private static ObjectNode ok(ObjectNode operation, String description) {
        ObjectNode responses = operation.putObject("responses");
        ObjectNode content = responses.putObject("200").put("description", description).putObject("content");
        problem(responses, "400", "A parameter that names no field or parameter, or a value of the wrong type.");
        problem(responses, "404", "No such version.");
        return content;
    }

    private static void problem(ObjectNode responses, String status, String description) {
        responses.putObject(status).put("description", description).putObject("content")
                .putObject(ProblemMapper.PROBLEM_JSON).putObject("schema").put("$ref", "#/components/schemas/Problem");
    }

    /** RFC 9457 problem details, as every error of the service is written. */
    private ObjectNode problem() {
        ObjectNode problem = json.createObjectNode().put("type", "object");
        ArrayNode required = problem.putArray("required");
        ObjectNode properties = problem.putObject("properties");
        for (String text : List.of("type", "title", "detail", "instance")) {
            properties.putObject(text).put("type", "string");
            required.add(text);
        }
        properties.putObject("status").put("type", "integer");
        required.add("status");
        ObjectNode error = properties.putObject("errors").put("type", "array").putObject("items")
                .put("type", "object").putObject("properties");
        error.putObject("field").put("type", "string");
        error.putObject("detail").put("type", "string");
        error.putObject("row").putArray("type").add("integer").add("null");
        required.add("errors");
        return problem;
    }

    /** Adds a query parameter and returns its schema; a list is written as comma-separated values. */
    private static ObjectNode query(ArrayNode parameters, String name, String description, boolean list) {
        ObjectNode parameter = parameters.addObject().put("name", name).put("in", "query")
                .put("description", description);
        if (list) {
            parameter.put("style", "form").put("explode", false);
        }
        return parameter.putObject("schema");
    }
}
