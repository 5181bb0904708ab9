package id.banyuwangi.opendata.dataset.api.v1;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.opendata.auth.Authenticated;
import id.banyuwangi.opendata.auth.CallerContext;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.CsvDialect;
import id.banyuwangi.opendata.common.http.FieldFilters;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.common.http.Representation;
import id.banyuwangi.opendata.common.http.RequestBodies;
import id.banyuwangi.opendata.common.openapi.OpenApiDocument;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.common.seed.Site;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.dataset.catalog.DatasetFilter;
import id.banyuwangi.opendata.dataset.catalog.DatasetMetadata;
import id.banyuwangi.opendata.dataset.catalog.DatasetMetadataService;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.dataset.release.DatasetDiff;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.VersionRef;
import id.banyuwangi.opendata.dataset.release.VersionService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/datasets}: the catalog, immutable versions, records, downloads, diffs and citations. */
@Path("/api/v1/datasets")
@Tag(name = "Datasets")
public class DatasetResource {

    private static final String ID = "Id (slug) of the dataset.";
    private static final String ID_EXAMPLE = "villages";
    private static final String VERSION = "A version number, or latest.";
    private static final String VERSION_PATTERN = VersionRef.PATTERN;
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String DATA_PACKAGE = """
            {"profile":"data-package","name":"villages","id":"https://example.org/api/v1/datasets/villages/versions/2",\
            "title":"Villages (desa and kelurahan) of Banyuwangi Regency",\
            "description":"The 217 desa and kelurahan with Kemendagri codes.","version":"2.0.0",\
            "created":"2026-11-29T05:00:00Z","homepage":"https://example.org/api/v1/datasets/villages",\
            "keywords":["desa","kelurahan"],"licenses":[{"name":"ODbL-1.0",\
            "path":"https://opendatacommons.org/licenses/odbl/1-0/",\
            "title":"Open Data Commons Open Database License 1.0"}],"sources":[{"title":"KEMENDAGRI_2025_CAHYADSN",\
            "path":"https://example.org/api/v1/sources/KEMENDAGRI_2025_CAHYADSN"}],"contributors":[{\
            "title":"Communication, Informatics and Encryption Office of Banyuwangi Regency","role":"publisher",\
            "path":"https://banyuwangikab.go.id"}],"resources":[{"name":"villages-csv",\
            "path":"https://example.org/api/v1/datasets/villages/versions/2/download?format=csv","format":"csv",\
            "mediatype":"text/csv","bytes":20107,"profile":"tabular-data-resource","encoding":"utf-8",\
            "hash":"sha256:87b1a886c77886dbfc8b1500cc30084e15a5a36c3840d27e067c6e08b999b2df",\
            "schema":{"fields":[{"name":"code","type":"string"}],"primaryKey":["code"]},\
            "dialect":{"delimiter":",","lineTerminator":"\\r\\n","header":true}}]}""";
    private static final String DATASET_INPUT = """
            {"id":"pasar-desa","organization":"dpmd-banyuwangi","title_id":"Pasar desa","title_en":"Village markets",\
            "description_id":"Pasar yang dikelola desa.","description_en":"Markets run by villages.",\
            "contact_name":"DPMD Kabupaten Banyuwangi","contact_url":null,"license_id":"CC-BY-4.0",\
            "license_title":"Creative Commons Attribution 4.0","license_url":"https://creativecommons.org/licenses/by/4.0/",\
            "attribution":null,"sources":[],"keywords":["pasar"],"themes":["econ"],"spatial":["35.10"],\
            "temporal_start":null,"temporal_end":null,"update_frequency":"annual","table_schema":{"fields":[\
            {"name":"village_code","type":"string","constraints":{"required":true}},\
            {"name":"market","type":"string","constraints":{"required":true}},\
            {"name":"stalls","type":"integer","constraints":{"minimum":0}}],"primaryKey":["village_code","market"],\
            "foreignKeys":[{"fields":"village_code","reference":{"resource":"regions","fields":"code"}}]}}""";

    private final DatasetService datasets;
    private final VersionService versions;
    private final DatasetMetadataService metadata;
    private final VersionDownloads downloads;
    private final DataPackages dataPackages;
    private final DatasetContracts contracts;
    private final VersionWorkbooks workbooks;
    private final ApiResponses responses;
    private final RequestBodies bodies;
    private final CallerContext caller;
    private final UriInfo uriInfo;
    private final HttpHeaders headers;
    private final Site site;

    public DatasetResource(DatasetService datasets, VersionService versions, DatasetMetadataService metadata,
            VersionDownloads downloads, DataPackages dataPackages, DatasetContracts contracts, VersionWorkbooks workbooks,
            ApiResponses responses, RequestBodies bodies, CallerContext caller, UriInfo uriInfo, HttpHeaders headers,
            Site site) {
        this.datasets = datasets;
        this.versions = versions;
        this.metadata = metadata;
        this.downloads = downloads;
        this.dataPackages = dataPackages;
        this.contracts = contracts;
        this.workbooks = workbooks;
        this.responses = responses;
        this.bodies = bodies;
        this.caller = caller;
        this.uriInfo = uriInfo;
        this.headers = headers;
        this.site = site;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = OpenApiDocument.API_KEY)
    @Tag(name = "Publishing")
    @Operation(operationId = "createDataset", summary = "Create a dataset",
            description = "Creates a dataset with its DCAT-AP metadata and Frictionless Table Schema (field types"
                    + " string, integer, number, boolean, date, datetime, year, geojson; constraints required, enum,"
                    + " pattern, minimum, maximum; a primary key; foreign keys to the region register as"
                    + " `{\"fields\": \"area_code\", \"reference\": {\"resource\": \"regions\","
                    + " \"fields\": \"code\"}}` or to the key field of another dataset's latest version as"
                    + " `{\"fields\": \"service_code\", \"reference\": {\"resource\": \"smart-kampung-services\","
                    + " \"fields\": \"code\"}}`). It has no version until a draft is published. A publisher key"
                    + " may only create datasets of its own organization. Problems with the description are a 422"
                    + " listing each field; a taken id is a 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DatasetMetadata.class),
            examples = @ExampleObject(name = "dataset", value = DATASET_INPUT)))
    @APIResponse(responseCode = "201", description = "The dataset.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetDto.class),
            examples = @ExampleObject(name = "dataset", value = DatasetDto.EXAMPLE)))
    @APIResponse(responseCode = "409", description = "A dataset with this id exists already.")
    @APIResponse(responseCode = "422", description = "The description breaks the catalog's rules; each field is"
            + " listed.")
    public Response create(@Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            InputStream body) {
        Dataset created = metadata.create(caller.get(), bodies.read(body, RequestBodies.length(length),
                DatasetMetadata.class));
        return responses.created(responses.baseUri() + "api/v1/datasets/" + created.id,
                DatasetDto.from(created, null, responses.baseUri()));
    }

    @PATCH
    @Path("/{id}")
    @Consumes({RequestBodies.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Authenticated
    @SecurityRequirement(name = OpenApiDocument.API_KEY)
    @Tag(name = "Publishing")
    @Operation(operationId = "updateDataset", summary = "Change a dataset's metadata",
            description = "A JSON merge patch (RFC 7396) of the dataset description: members given replace the"
                    + " current ones, null clears an optional one. The change is recorded and never touches a"
                    + " version's data. `id` and `organization` cannot change; `table_schema` only while the dataset"
                    + " has no version (409), since every version is read through it.")
    @RequestBody(required = true, content = @Content(mediaType = RequestBodies.MERGE_PATCH,
            schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "patch", value = "{\"keywords\":[\"desa\",\"kelurahan\"],"
                    + "\"contact_url\":null}")))
    @APIResponse(responseCode = "200", description = "The dataset as changed.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetDto.class),
            examples = @ExampleObject(name = "dataset", value = DatasetDto.EXAMPLE)))
    @APIResponse(responseCode = "409", description = "The patch changes the Table Schema of a dataset that has"
            + " versions.")
    @APIResponse(responseCode = "422", description = "The patch changes the id or organization, or breaks the"
            + " catalog's rules; each field is listed.")
    public Response update(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
            InputStream body) {
        Dataset changed = metadata.update(caller.get(), id, bodies.read(body, RequestBodies.length(length),
                JsonNode.class));
        return responses.privately(DatasetDto.from(changed, versions.latestNumbers().get(id), responses.baseUri()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDatasets", summary = "Search the dataset catalog",
            description = "Every published collection as a dataset with DCAT-AP metadata. `q` searches titles,"
                    + " descriptions and keywords in both languages (every word must occur); `theme`, `publisher`,"
                    + " `license` and `keyword` filter; `facets` counts themes, publishers, licences and keywords"
                    + " over all matching datasets. Sortable fields: id, title_en, title_id, modified.")
    @APIResponse(responseCode = "200", description = "One page of datasets with facets.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetDto.DatasetPage.class),
            examples = @ExampleObject(name = "catalog", value = "{\"items\":[" + DatasetDto.EXAMPLE + "],"
                    + "\"facets\":{\"theme\":{\"regi\":1},\"publisher\":{\"diskominfo-banyuwangi\":1},"
                    + "\"license\":{\"ODbL-1.0\":1},\"keyword\":{\"desa\":1}},\"paging\":{\"limit\":1,"
                    + "\"next_cursor\":null,\"next\":null,\"self\":\"https://example.org/api/v1/datasets?q=desa\"}}")))
    public Response list(@BeanParam ListQuery query,
            @Parameter(description = "Words to find in titles, descriptions and keywords.", example = "desa")
            @QueryParam("q") String q,
            @Parameter(description = "A DCAT-AP theme (lower case).", example = "regi")
            @QueryParam("theme") String theme,
            @Parameter(description = "An organization id.", example = "dpmd-banyuwangi")
            @QueryParam("publisher") String publisher,
            @Parameter(description = "An SPDX licence id.", example = "ODbL-1.0") @QueryParam("license") String license,
            @Parameter(description = "A keyword.", example = "idm") @QueryParam("keyword") String keyword) {
        responses.negotiate(query.format, Format.JSON);
        DatasetFilter filter = new DatasetFilter(Parameters.parse("q", q, DatasetResource::words), theme, publisher,
                license, keyword);
        return responses.get(() -> {
            Map<String, Integer> latest = versions.latestNumbers();
            Slice<DatasetDto> page = datasets.list(filter, query.paging())
                    .map(d -> DatasetDto.from(d, latest.get(d.id), responses.baseUri()));
            return responses.json(new DatasetDto.DatasetPage(page.items(),
                    DatasetDto.Facets.from(datasets.facets(filter)), responses.paging(page)));
        });
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDataset", summary = "Get one dataset",
            description = "A dataset's metadata (DCAT-AP fields, licence, sources) and its Table Schema.")
    @APIResponse(responseCode = "200", description = "The dataset.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetDto.class),
            examples = @ExampleObject(name = "dataset", value = DatasetDto.EXAMPLE)))
    public Response get(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id) {
        return responses.get(() -> responses.json(DatasetDto.from(datasets.get(id),
                versions.latestNumbers().get(id), responses.baseUri())));
    }

    @GET
    @Path("/{id}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listDatasetVersions", summary = "List the versions of a dataset",
            description = "Every published version, oldest first, with release notes, row count, SHA-256 and the"
                    + " size of each download. Sortable field: version.")
    @APIResponse(responseCode = "200", description = "One page of versions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DatasetVersionDto.DatasetVersionPage.class),
            examples = @ExampleObject(name = "versions", value = "{\"items\":[" + DatasetVersionDto.EXAMPLE
                    + "],\"paging\":{\"limit\":100,\"next_cursor\":null,\"next\":null,"
                    + "\"self\":\"https://example.org/api/v1/datasets/villages/versions\"}}")))
    public Response versions(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @BeanParam ListQuery query) {
        responses.negotiate(query.format, Format.JSON);
        return responses.get(() -> responses.page(versions.versions(id, query.paging())
                .map(v -> DatasetVersionDto.from(v, responses.baseUri()))));
    }

    @GET
    @Path("/{id}/versions/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDatasetVersion", summary = "Get one version of a dataset",
            description = "A published version (a number, or `latest`). Numbered versions never change and are"
                    + " served as immutable.")
    @APIResponse(responseCode = "200", description = "The version.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetVersionDto.class),
            examples = @ExampleObject(name = "version", value = DatasetVersionDto.EXAMPLE)))
    public Response version(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = VERSION, example = "2",
                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN))
            @PathParam("version") String version) {
        VersionRef ref = ref("version", version);
        return immutable(ref, () -> responses.json(DatasetVersionDto.from(versions.version(id, ref),
                responses.baseUri())));
    }

    @GET
    @Path("/{id}/versions/{version}/records")
    @Produces(MediaType.APPLICATION_JSON)
    @FieldFilters
    @Operation(operationId = "listDatasetRecords", summary = "Query the records of a version",
            description = "The records of one version, filtered on any field of its Table Schema: `field=value` or"
                    + " `field=v1,v2` (equality or list), `field_min=` and `field_max=` (ranges on number and date"
                    + " fields), `q` (words that must all occur in the values), `fields` (the fields to return),"
                    + " `sort` (the primary key or any required field; `-` for descending), `limit` and `cursor`."
                    + " A parameter that names no field, or a value of the wrong type, is a 400 naming it.")
    @APIResponse(responseCode = "200", description = "One page of records.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetRecordsDto.class),
            examples = @ExampleObject(name = "records", value = DatasetRecordsDto.EXAMPLE)))
    public Response records(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = VERSION, example = "2",
                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN))
            @PathParam("version") String version,
            @Parameter(description = "Items per page, 1 to 1000 (default 100).", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Opaque cursor of the next page.") @QueryParam("cursor") String cursor,
            @Parameter(description = "Field to sort by; `-` for descending.") @QueryParam("sort") String sort,
            @Parameter(description = "Words that must all occur in the record's values.") @QueryParam("q") String q,
            @Parameter(description = "Comma-separated fields to return (default all).", example = "code,name")
            @QueryParam("fields") String fields) {
        VersionRef ref = ref("version", version);
        Map<String, List<String>> parameters = uriInfo.getQueryParameters();
        return immutable(ref, () -> {
            DatasetVersion v = versions.version(id, ref);
            VersionService.RecordPage records = versions.records(v, parameters, new PageParameters(limit, cursor,
                    sort));
            // null selects every field without a set to look each one up in
            Set<String> selected = fields == null ? null : RecordValues.select(records.schema().fields(), fields);
            Slice<Map<String, Object>> page = records.records().map(r -> RecordValues.of(records.schema(), r,
                    selected));
            return responses.json(new DatasetRecordsDto(id, v.number(), page.items(), responses.paging(page)));
        });
    }

    @GET
    @Path("/{id}/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDatasetOpenApi", summary = "Get the OpenAPI document of a dataset's records",
            description = "An OpenAPI 3.1 document generated from the dataset's Table Schema: the records query with"
                    + " a typed parameter per field (`field=v1,v2`, and `field_min`/`field_max` on integer, number,"
                    + " date, datetime and year fields), the sort orders it offers, the download formats, and the"
                    + " record as a schema with a property per field. A code generator turns it into a client that"
                    + " knows the dataset's columns.")
    @APIResponse(responseCode = "200", description = "The OpenAPI document.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0)."),
            examples = @ExampleObject(name = "openapi", value = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":"
                    + "\"Villages\",\"version\":\"1\"},\"paths\":{\"/api/v1/datasets/villages/versions/{version}"
                    + "/records\":{\"get\":{\"operationId\":\"listRecords\"}}}}")))
    public Response openApi(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id) {
        return responses.get(() -> {
            Dataset dataset = datasets.get(id);
            TableSchema schema = datasets.schema(dataset);
            return responses.json(contracts.of(dataset, schema, versions.sortOrders(schema), responses.baseUri()));
        });
    }

    @GET
    @Path("/{id}/versions/{version}/download")
    @Produces({Format.TEXT_CSV, MediaType.APPLICATION_JSON, Format.X_NDJSON, Format.GEO_JSON})
    @Operation(operationId = "downloadDatasetVersion", summary = "Download a version",
            description = "The whole version as one file, streamed: CSV (default; UTF-8, header row, RFC 4180;"
                    + " `bom=true` adds a byte order mark for spreadsheet programs), JSON, NDJSON, or GeoJSON for"
                    + " datasets with geometry, or an XLSX workbook (`format=xlsx`: the records with codes as text"
                    + " and numbers as numbers under a frozen bold header, and a sheet with the licence, attribution"
                    + " and citation; the same version always gives the same workbook, its own SHA-256 in its"
                    + " strong ETag). The CSV bytes hash to the version's `sha256`. Supports `Range` (206) so that a"
                    + " broken download resumes; numbered versions are immutable.")
    @APIResponse(responseCode = "200", description = "The download.", content = {
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = "code,name\r\n35.10.01.2001,Sarongan\r\n")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "json", value = "[{\"code\":\"35.10.01.2001\","
                            + "\"name\":\"Sarongan\"}]")),
            @Content(mediaType = Format.X_NDJSON, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Format.GEO_JSON, schema = @Schema(ref = "DatasetGeoJson")),
            @Content(mediaType = Format.XLSX, schema = @Schema(type = SchemaType.STRING,
                    description = "An XLSX workbook: the records, and the licence and citation."))})
    @APIResponse(responseCode = "206", description = "The requested byte range of the download in the format asked"
            + " for (Content-Range says which bytes of how many).", content = {
                @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Format.X_NDJSON, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Format.GEO_JSON, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = Format.XLSX, schema = @Schema(type = SchemaType.STRING))})
    public Response download(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = VERSION, example = "2",
                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN))
            @PathParam("version") String version,
            @Parameter(description = "csv (default), json, ndjson, geojson or xlsx, overriding Accept.",
                    example = "csv") @QueryParam("format") String format,
            @Parameter(description = "true: start the CSV with a UTF-8 byte order mark.", example = "true",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("bom") String bom,
            @Parameter(description = CsvDialect.DESCRIPTION + " The file is written once from the version's CSV,"
                    + " then sent as the other downloads are, with its length and ranges.", example = "id",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "id"}))
            @QueryParam(CsvDialect.PARAMETER) String spreadsheet) {
        VersionRef ref = ref("version", version);
        if (Format.XLSX_VALUE.equals(format)) {
            if (bom != null || spreadsheet != null) {
                throw ApiException.invalidParameter(bom != null ? "bom" : CsvDialect.PARAMETER, "applies to CSV only");
            }
            DatasetVersion v = versions.version(id, ref);
            Dataset d = datasets.get(id);
            String url = DatasetVersionDto.url(v, responses.baseUri());
            String citation = Citations.apa(d, v, url, site.title());
            return downloads.workbook(v, workbooks.file(d, datasets.schema(d), v, url, citation, site.title()),
                    ref.latest(), headers);
        }
        Format chosen = responses.negotiate(format, Format.CSV, Format.JSON, Format.NDJSON, Format.GEOJSON);
        boolean withBom = Parameters.flag("bom", bom);
        if (withBom && chosen != Format.CSV) {
            throw ApiException.invalidParameter("bom", "applies to CSV only");
        }
        CsvDialect dialect = responses.dialect(chosen);
        if (dialect.spreadsheet()) {
            return downloads.spreadsheet(versions.version(id, ref), datasets.schema(datasets.get(id)), dialect,
                    ref.latest(), headers);
        }
        return downloads.response(versions.version(id, ref), chosen, withBom, ref.latest(), headers);
    }

    @GET
    @Path("/{id}/versions/{version}/datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDatasetDataPackage", summary = "Get the Frictionless Data Package of a version",
            description = "A Frictionless Data Package: metadata, licence, sources and one resource per download"
                    + " with its Table Schema, size and SHA-256.")
    @APIResponse(responseCode = "200", description = "The data package.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataPackage"),
            examples = @ExampleObject(name = "datapackage", value = DATA_PACKAGE)))
    public Response dataPackage(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = VERSION, example = "2",
                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN))
            @PathParam("version") String version) {
        VersionRef ref = ref("version", version);
        return immutable(ref, () -> {
            DatasetVersion v = versions.version(id, ref);
            return responses.json(dataPackages.of(datasets.get(id), v,
                    DatasetVersionDto.url(v, responses.baseUri()), responses.baseUri()));
        });
    }

    @GET
    @Path("/{id}/versions/{version}/citation")
    @Produces({MediaType.TEXT_PLAIN, "application/x-bibtex", "application/vnd.citationstyles.csl+json"})
    @Operation(operationId = "getDatasetCitation", summary = "Cite a version",
            description = "A citation of the version with its stable URL: `style=apa` (default, text), `bibtex` or"
                    + " `csl-json`.")
    @APIResponse(responseCode = "200", description = "The citation.", content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "apa", value = "Community and Village Empowerment Office of"
                            + " Banyuwangi Regency. (2026). Developing Village Index (IDM) of Banyuwangi Regency"
                            + " (Version 2) [Data set]. Banyuwangi Open Data API."
                            + " https://example.org/api/v1/datasets/idm/versions/2\n")),
            @Content(mediaType = "application/x-bibtex", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "application/vnd.citationstyles.csl+json", schema = @Schema(type = SchemaType.ARRAY))})
    public Response citation(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = VERSION, example = "2",
                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN))
            @PathParam("version") String version,
            @Parameter(description = "apa (default), bibtex or csl-json.", example = "bibtex", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"apa", "bibtex", "csl-json"}, defaultValue = "apa"))
            @QueryParam("style") String style) {
        VersionRef ref = ref("version", version);
        String chosen = style == null ? "apa" : style;
        if (!List.of("apa", "bibtex", "csl-json").contains(chosen)) {
            throw ApiException.invalidParameter("style", "must be apa, bibtex or csl-json");
        }
        return immutable(ref, () -> {
            Dataset d = datasets.get(id);
            DatasetVersion v = versions.version(id, ref);
            String url = DatasetVersionDto.url(v, responses.baseUri());
            return switch (chosen) {
                case "bibtex" -> responses.text(Citations.bibtex(d, v, url, site.title()), "application/x-bibtex");
                case "csl-json" -> responses.json(Citations.cslJson(d, v, url, site.title()))
                        .withMediaType("application/vnd.citationstyles.csl+json");
                default -> responses.text(Citations.apa(d, v, url, site.title()),
                        MediaType.TEXT_PLAIN + "; charset=utf-8");
            };
        });
    }

    @GET
    @Path("/{id}/diff")
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV})
    @Operation(operationId = "diffDatasetVersions", summary = "What changed between two versions",
            description = "Added, removed and changed records between versions `from` and `to` (numbers or latest),"
                    + " with the old and new value of each changed field, in key order, cursor-paged. CSV (`text/csv`"
                    + " or `format=csv`) gives one line per changed field.")
    @APIResponse(responseCode = "200", description = "One page of changes.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DatasetDiffDto.class),
                    examples = @ExampleObject(name = "diff", value = DatasetDiffDto.EXAMPLE)),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "diff", value = "key,change,field,old_value,new_value\r\n"
                            + "35.10.03.2002,changed,name,Sumbersari,Sumberasri\r\n"))})
    public Response diff(@Parameter(description = ID, example = ID_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = "The older version.", example = "1", required = true,
                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN))
            @QueryParam("from") String from,
            @Parameter(description = "The newer version (default latest).", example = "2",
                    schema = @Schema(type = SchemaType.STRING, pattern = VERSION_PATTERN)) @QueryParam("to") String to,
            @BeanParam ListQuery query) {
        Format format = responses.negotiate(query.format, Format.JSON, Format.CSV);
        if (from == null) {
            throw ApiException.invalidParameter("from", "is required: the older version number");
        }
        if (query.sort != null) {
            throw ApiException.invalidParameter("sort", "is not offered: a diff is in key order");
        }
        VersionRef fromRef = ref("from", from);
        VersionRef toRef = to == null ? VersionRef.parse("latest") : ref("to", to);
        return responses.get(() -> {
            DatasetDiff diff = versions.diff(id, fromRef, toRef, query.paging());
            List<DatasetDiffDto.ChangeDto> changes = DatasetDiffDto.changes(datasets.schema(datasets.get(id)), diff);
            Slice<DatasetDiffDto.ChangeDto> page = new Slice<>(changes, diff.changes().limit(),
                    diff.changes().nextCursor());
            return format == Format.CSV
                    ? responses.list(Format.CSV, new Slice<>(DatasetDiffDto.csvRows(changes), page.limit(),
                            page.nextCursor()), DatasetDiffDto.CsvRow.class,
                            id + "-diff-" + diff.from() + "-" + diff.to() + ".csv", null)
                    : responses.json(new DatasetDiffDto(id, diff.from(), diff.to(), page.items(),
                            responses.paging(page)));
        });
    }

    private Response immutable(VersionRef ref, Supplier<Representation> render) {
        return responses.get(ref.latest() ? render : () -> render.get().withHeader(HttpHeaders.CACHE_CONTROL,
                IMMUTABLE));
    }

    private static VersionRef ref(String parameter, String text) {
        return Parameters.parse(parameter, text, VersionRef::parse);
    }

    private static String words(String q) {
        if (q.isBlank() || q.length() > 200) {
            throw new IllegalArgumentException("must hold words, at most 200 characters");
        }
        return q;
    }
}
