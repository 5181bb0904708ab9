package id.banyuwangi.opendata.dataset.api.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) of a version: metadata,
 * licences, sources, and one resource per download with its Table Schema, size and (for CSV) SHA-256.
 */
@ApplicationScoped
public class DataPackages {

    private final ObjectMapper json;

    public DataPackages(ObjectMapper json) {
        this.json = json;
    }

    /** The data package of a version; {@code versionUrl} is the version's stable URL. */
    public ObjectNode of(Dataset d, DatasetVersion v, String versionUrl, String baseUri) {
        ObjectNode pkg = json.createObjectNode();
        pkg.put("profile", "data-package");
        pkg.put("name", d.id);
        pkg.put("id", versionUrl);
        pkg.put("title", d.titleEn);
        pkg.put("description", d.descriptionEn);
        pkg.put("version", v.number() + ".0.0");
        pkg.put("created", v.publishedAt.toString());
        pkg.put("homepage", baseUri + "api/v1/datasets/" + d.id);
        ArrayNode keywords = pkg.putArray("keywords");
        d.keywordList().forEach(keywords::add);
        ObjectNode license = pkg.putArray("licenses").addObject();
        license.put("name", d.licenseId);
        if (d.licenseUrl != null) {
            license.put("path", d.licenseUrl);
        }
        license.put("title", d.licenseTitle);
        ArrayNode sources = pkg.putArray("sources");
        d.sources.forEach(s -> sources.addObject().put("title", s).put("path", baseUri + "api/v1/sources/" + s));
        ObjectNode publisher = pkg.putArray("contributors").addObject();
        publisher.put("title", d.publisher.nameEn);
        publisher.put("role", "publisher");
        if (d.publisher.url != null) {
            publisher.put("path", d.publisher.url);
        }
        JsonNode schema = schema(d);
        ArrayNode resources = pkg.putArray("resources");
        ObjectNode csv = resource(resources, d.id, versionUrl, v, Format.CSV);
        csv.put("profile", "tabular-data-resource");
        csv.put("encoding", "utf-8");
        csv.put("hash", "sha256:" + v.csvSha256());
        csv.set("schema", schema);
        ObjectNode dialect = csv.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("lineTerminator", "\r\n");
        dialect.put("header", true);
        resource(resources, d.id, versionUrl, v, Format.NDJSON);
        if (v.bytes(Format.GEOJSON) != null) {
            resource(resources, d.id, versionUrl, v, Format.GEOJSON);
        }
        return pkg;
    }

    /** A resource of the package: one download of the version. */
    private static ObjectNode resource(ArrayNode resources, String datasetId, String versionUrl, DatasetVersion v,
            Format format) {
        ObjectNode resource = resources.addObject();
        resource.put("name", datasetId + "-" + format.parameterValue());
        resource.put("path", versionUrl + "/download?format=" + format.parameterValue());
        resource.put("format", format.parameterValue());
        resource.put("mediatype", format.mediaType());
        resource.put("bytes", v.bytes(format));
        return resource;
    }

    /** The Table Schema of the CSV: the geometry, which the CSV does not hold, left out. */
    private JsonNode schema(Dataset d) {
        try {
            ObjectNode schema = (ObjectNode) json.readTree(d.tableSchema);
            ArrayNode fields = json.createArrayNode();
            schema.path("fields").forEach(f -> {
                if (!"geojson".equals(f.path("type").asText())) {
                    fields.add(f);
                }
            });
            schema.set("fields", fields);
            return schema;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dataset " + d.id + " has an unreadable table schema", e);
        }
    }
}
