package id.banyuwangi.opendata.ckan.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.dataset.api.v1.RecordValues;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetFilter;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.VersionService;
import id.banyuwangi.opendata.harvest.HarvestService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A CKAN-compatible read API (CKAN 2.x action API, {@code /api/3/action/...}) so that existing CKAN clients and
 * harvesters (such as Satu Data Indonesia's) read this catalog unchanged. Results come in CKAN's envelope; unlike
 * CKAN, errors also carry the right HTTP status.
 */
@Path("/api/3/action")
@Tag(name = "Harvesting")
@Produces(MediaType.APPLICATION_JSON)
public class CkanResource {

    private static final int MAX_ROWS = 1000;
    private static final int MAX_OFFSET = 100_000;
    private final DatasetService datasets;
    private final VersionService versions;
    private final HarvestService harvest;
    private final CkanDocuments documents;
    private final ApiResponses responses;
    private final ObjectMapper json;

    public CkanResource(DatasetService datasets, VersionService versions, HarvestService harvest,
            CkanDocuments documents, ApiResponses responses, ObjectMapper json) {
        this.datasets = datasets;
        this.versions = versions;
        this.harvest = harvest;
        this.documents = documents;
        this.responses = responses;
        this.json = json;
    }

    @GET
    @Path("/package_list")
    @Operation(operationId = "ckanPackageList", summary = "CKAN package_list",
            description = "The ids of every dataset, in CKAN's envelope.")
    @APIResponse(responseCode = "200", description = "The dataset ids.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CkanPackageListResponse"),
            examples = @ExampleObject(name = "package_list", value = CkanExamples.PACKAGE_LIST)))
    public Response packageList() {
        return responses.get(() -> responses.json(documents.success("package_list",
                harvest.entries().stream().map(e -> e.dataset().id).toList(), responses.baseUri())));
    }

    @GET
    @Path("/package_show")
    @Operation(operationId = "ckanPackageShow", summary = "CKAN package_show",
            description = "One dataset as a CKAN package with its resources (the downloads of the latest version).")
    @APIResponse(responseCode = "200", description = "The package.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CkanPackageShowResponse"),
            examples = @ExampleObject(name = "package_show", value = CkanExamples.PACKAGE_SHOW)))
    public Response packageShow(@Parameter(description = "Dataset id.", example = "villages", required = true)
            @QueryParam("id") String id) {
        String datasetId = required("id", id);
        return responses.get(() -> {
            Dataset d = datasets.get(datasetId);
            return responses.json(documents.success("package_show",
                    documents.pkg(d, versions.latest(datasetId), responses.baseUri()), responses.baseUri()));
        });
    }

    @GET
    @Path("/package_search")
    @Operation(operationId = "ckanPackageSearch", summary = "CKAN package_search",
            description = "Search with `q`, filter with `fq` (space-separated `organization:`, `tags:` and"
                    + " `license_id:` terms), page with `rows` and `start`, `sort` by `name` or `metadata_modified`"
                    + " (asc/desc); facets for organization, tags and license_id.")
    @APIResponse(responseCode = "200", description = "The search result.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CkanPackageSearchResponse"),
            examples = @ExampleObject(name = "package_search", value = CkanExamples.PACKAGE_SEARCH)))
    public Response packageSearch(
            @Parameter(description = "Words to find.", example = "desa") @QueryParam("q") String q,
            @Parameter(description = "Filter query, e.g. organization:<organization id> tags:idm license_id:CC-BY-4.0.")
            @QueryParam("fq") String fq,
            @Parameter(description = "Results per page (default 10, at most 1000).", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "0", maximum = "1000", defaultValue = "10"))
            @QueryParam("rows") String rows,
            @Parameter(description = "Offset of the first result.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", defaultValue = "0")) @QueryParam("start") String start,
            @Parameter(description = "name asc|desc or metadata_modified asc|desc.") @QueryParam("sort") String sort,
            @Parameter(description = "Ignored: facets are always returned.") @QueryParam("facet") String facet,
            @Parameter(description = "Facet fields (JSON list); organization, tags and license_id are returned.")
            @QueryParam("facet.field") String facetField) {
        int count = number("rows", rows, 10, 0, MAX_ROWS);
        int offset = number("start", start, 0, 0, MAX_OFFSET);
        DatasetFilter filter = filter(q == null || q.isBlank() || q.equals("*:*") ? null : q, fq);
        Comparator<HarvestService.Entry> order = order(sort);
        return responses.get(() -> {
            List<HarvestService.Entry> matching = new ArrayList<>(harvest.entries(filter));
            matching.sort(order);
            List<ObjectNode> results = matching.stream().skip(offset).limit(count)
                    .map(e -> documents.pkg(e.dataset(), e.latest(), responses.baseUri())).toList();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("count", matching.size());
            result.put("sort", sort == null ? "name asc" : sort);
            result.put("results", results);
            DatasetService.Facets counts = datasets.facets(filter);
            Map<String, Map<String, Long>> facets = Map.of("organization", counts.publisher(),
                    "tags", counts.keyword(), "license_id", counts.license());
            result.put("facets", facets);
            result.put("search_facets", searchFacets(facets));
            return responses.json(documents.success("package_search", result, responses.baseUri()));
        });
    }

    @GET
    @Path("/organization_list")
    @Operation(operationId = "ckanOrganizationList", summary = "CKAN organization_list",
            description = "The names of the publishing organizations.")
    @APIResponse(responseCode = "200", description = "The organization names.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CkanOrganizationListResponse"),
            examples = @ExampleObject(name = "organization_list", value = CkanExamples.ORGANIZATION_LIST)))
    public Response organizationList(
            @Parameter(description = "true: full organization dictionaries instead of names.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("all_fields") String allFields) {
        boolean all = "true".equals(allFields);
        return responses.get(() -> {
            List<Object> result = new ArrayList<>();
            harvest.entries().stream().map(e -> e.dataset().publisher).distinct()
                    .sorted(Comparator.comparing(o -> o.id))
                    .forEach(o -> result.add(all ? documents.organization(o) : o.id));
            return responses.json(documents.success("organization_list", result, responses.baseUri()));
        });
    }

    @GET
    @Path("/resource_show")
    @Operation(operationId = "ckanResourceShow", summary = "CKAN resource_show",
            description = "One resource: a download of the latest version; ids are `<dataset>-<format>`.")
    @APIResponse(responseCode = "200", description = "The resource.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CkanResourceShowResponse"),
            examples = @ExampleObject(name = "resource_show", value = CkanExamples.RESOURCE_SHOW)))
    public Response resourceShow(@Parameter(description = "Resource id.", example = "villages-csv", required = true)
            @QueryParam("id") String id) {
        String resourceId = required("id", id);
        return responses.get(() -> {
            ResourceRef ref = resource(resourceId);
            return responses.json(documents.success("resource_show", documents.resource(ref.dataset(),
                    ref.version(), ref.format(), responses.baseUri()), responses.baseUri()));
        });
    }

    @GET
    @Path("/datastore_search")
    @Operation(operationId = "ckanDatastoreSearch", summary = "CKAN datastore_search",
            description = "Records of a resource (the latest version of its dataset): `filters` (JSON object of"
                    + " field to value or list), `q`, `fields`, `sort` (`field asc|desc`), `limit` (default 100,"
                    + " at most 1000), `offset` (at most 100000; use the records API's cursors beyond),"
                    + " `include_total`.")
    @APIResponse(responseCode = "200", description = "The records.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CkanDatastoreSearchResponse"),
            examples = @ExampleObject(name = "datastore_search", value = CkanExamples.DATASTORE_SEARCH)))
    public Response datastoreSearch(
            @Parameter(description = "Resource id.", example = "villages-csv", required = true)
            @QueryParam("resource_id") String id,
            @Parameter(description = "JSON object: field to value or list of values.",
                    example = "{\"district_code\":\"35.10.01\"}") @QueryParam("filters") String filters,
            @Parameter(description = "Words to find in the records.") @QueryParam("q") String q,
            @Parameter(description = "Comma-separated fields to return.") @QueryParam("fields") String fields,
            @Parameter(description = "field asc|desc.") @QueryParam("sort") String sort,
            @Parameter(description = "Records to return (default 100, at most 1000).", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Records to skip (at most 100000).", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "0", maximum = "100000", defaultValue = "0"))
            @QueryParam("offset") String offset,
            @Parameter(description = "Whether to count all matching records (default true).",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"))
            @QueryParam("include_total") String includeTotal) {
        String resourceId = required("resource_id", id);
        int rows = number("limit", limit, 100, 1, MAX_ROWS);
        int skip = number("offset", offset, 0, 0, MAX_OFFSET);
        Map<String, List<String>> parameters = filters(filters);
        if (q != null) {
            parameters.put("q", List.of(q));
        }
        String order = datastoreSort(sort);
        boolean total = !"false".equals(includeTotal);
        return responses.get(() -> {
            ResourceRef ref = resource(resourceId);
            VersionService.OffsetPage page = versions.offsetRecords(ref.version(), parameters, order, skip, rows);
            TableSchema schema = page.schema();
            Set<String> selected = RecordValues.select(schema.columns(), fields);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("resource_id", resourceId);
            List<Map<String, String>> described = new ArrayList<>();
            schema.columns().stream().filter(f -> selected.contains(f.name()))
                    .forEach(f -> described.add(Map.of("id", f.name(), "type", f.numeric() ? "numeric" : "text")));
            result.put("fields", described);
            List<Map<String, Object>> records = new ArrayList<>();
            page.records().forEach(r -> records.add(RecordValues.of(schema, r, selected)));
            result.put("records", records);
            if (total) {
                result.put("total", page.total());
            }
            result.put("limit", rows);
            result.put("offset", skip);
            String base = "/api/3/action/datastore_search?resource_id=" + resourceId;
            result.put("_links", Map.of("start", base, "next", base + "&offset=" + (skip + rows)));
            return responses.json(documents.success("datastore_search", result, responses.baseUri()));
        });
    }

    private record ResourceRef(Dataset dataset, DatasetVersion version, Format format) {
    }

    private ResourceRef resource(String id) {
        int dash = id.lastIndexOf('-');
        Format format = null;
        if (dash > 0) {
            for (Format f : Format.values()) {
                if (f.parameterValue().equals(id.substring(dash + 1))) {
                    format = f;
                }
            }
        }
        if (format == null) {
            throw ApiException.notFound("No resource has the id '" + id + "' (ids are <dataset>-<format>).");
        }
        Dataset dataset = datasets.get(id.substring(0, dash));
        DatasetVersion version = versions.latest(dataset.id);
        if (!version.formats().contains(format)) {
            throw ApiException.notFound("No resource has the id '" + id + "'.");
        }
        return new ResourceRef(dataset, version, format);
    }

    private Map<String, List<String>> filters(String filters) {
        Map<String, List<String>> parameters = new HashMap<>();
        if (filters == null) {
            return parameters;
        }
        JsonNode node;
        try {
            node = json.readTree(filters);
        } catch (JsonProcessingException e) {
            throw ApiException.invalidParameter("filters", "must be a JSON object of field to value or list");
        }
        if (!node.isObject()) {
            throw ApiException.invalidParameter("filters", "must be a JSON object of field to value or list");
        }
        node.fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(e.getValue().asText());
            }
            parameters.put(e.getKey(), List.of(String.join(",", values)));
        });
        return parameters;
    }

    private static String datastoreSort(String sort) {
        if (sort == null || sort.isBlank()) {
            return null;
        }
        String[] parts = sort.trim().split("\\s+");
        if (parts.length > 2 || parts.length == 2 && !parts[1].matches("(?i)asc|desc")) {
            throw ApiException.invalidParameter("sort", "must be a field followed by asc or desc");
        }
        return (parts.length == 2 && parts[1].equalsIgnoreCase("desc") ? "-" : "") + parts[0];
    }

    private static DatasetFilter filter(String q, String fq) {
        String organization = null;
        String tag = null;
        String license = null;
        if (fq != null && !fq.isBlank()) {
            for (String term : fq.trim().split("\\s+")) {
                String[] kv = term.split(":", 2);
                String value = kv.length == 2 ? kv[1].replace("\"", "") : null;
                switch (kv[0]) {
                    case "organization", "owner_org" -> organization = value;
                    case "tags" -> tag = value;
                    case "license_id" -> license = value;
                    default -> throw ApiException.invalidParameter("fq", "supports organization:, tags: and"
                            + " license_id: terms, not '" + term + "'");
                }
                if (value == null || value.isEmpty()) {
                    throw ApiException.invalidParameter("fq", "term '" + term + "' has no value");
                }
            }
        }
        return new DatasetFilter(q, null, organization, license, tag);
    }

    private static Comparator<HarvestService.Entry> order(String sort) {
        String s = sort == null ? "name asc" : sort.trim().toLowerCase(Locale.ROOT);
        Comparator<HarvestService.Entry> byName = Comparator.comparing(e -> e.dataset().id);
        Comparator<HarvestService.Entry> byModified = Comparator.comparing(e -> e.dataset().modified);
        return switch (s) {
            case "name asc", "name" -> byName;
            case "name desc" -> byName.reversed();
            case "metadata_modified asc" -> byModified.thenComparing(byName);
            case "metadata_modified desc" -> byModified.reversed().thenComparing(byName);
            default -> throw ApiException.invalidParameter("sort", "must be name or metadata_modified, asc or desc");
        };
    }

    private static Map<String, Object> searchFacets(Map<String, Map<String, Long>> facets) {
        Map<String, Object> search = new TreeMap<>();
        facets.forEach((field, counts) -> {
            List<Map<String, Object>> items = new ArrayList<>();
            counts.forEach((name, n) -> items.add(Map.of("name", name, "display_name", name, "count", n)));
            search.put(field, Map.of("title", field, "items", items));
        });
        return search;
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalidParameter(name, "is required");
        }
        return value;
    }

    private static int number(String name, String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter(name, "must be a whole number from " + min + " to " + max);
    }
}
