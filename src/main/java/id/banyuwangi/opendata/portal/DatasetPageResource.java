package id.banyuwangi.opendata.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.changefeed.ChangeFeed;
import id.banyuwangi.opendata.changefeed.api.v1.ChangeEventDto;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.http.CsvDialect;
import id.banyuwangi.opendata.common.http.FieldFilters;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.common.seed.Site;
import id.banyuwangi.opendata.dataset.api.v1.Citations;
import id.banyuwangi.opendata.dataset.api.v1.DatasetDiffDto;
import id.banyuwangi.opendata.dataset.api.v1.DatasetDto;
import id.banyuwangi.opendata.dataset.api.v1.DatasetVersionDto;
import id.banyuwangi.opendata.dataset.api.v1.RecordValues;
import id.banyuwangi.opendata.dataset.api.v1.VersionDownloads;
import id.banyuwangi.opendata.dataset.api.v1.VersionWorkbooks;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetFilter;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.dataset.release.DatasetDiff;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.VersionRef;
import id.banyuwangi.opendata.dataset.release.VersionFiles;
import id.banyuwangi.opendata.dataset.release.VersionService;
import id.banyuwangi.opendata.organization.OrganizationService;
import id.banyuwangi.opendata.region.RegionDirectory;
import id.banyuwangi.opendata.source.SourceService;
import id.banyuwangi.opendata.source.api.v1.SourceDto;
import io.quarkus.qute.RawString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /datasets}: the catalog, a dataset's page and the diff between two of its versions. Each page calls the
 * services of the API responses it shows ({@code /api/v1/datasets}, {@code …/{id}}, {@code …/versions},
 * {@code …/records}, {@code …/citation}, {@code …/diff}) and links to them.
 */
@Path("/datasets")
public class DatasetPageResource {

    /** Results per catalog page and records per preview page. */
    private static final String CATALOG_LIMIT = "20";
    private static final String PREVIEW_LIMIT = "20";
    private static final String ALL = "1000";
    /** Events of the change feed a dataset's page shows. */
    private static final int RECENT_CHANGES = 10;
    /** The parameters of the dataset page that are not the preview's record filters. */
    private static final Set<String> PAGE_PARAMETERS = Set.of(PageLanguage.PARAMETER, "version", "cursor", "sort",
            "limit");
    private static final Set<String> SORTS = Set.of("id", "title_id", "title_en", "-modified");

    private final DatasetService datasets;
    private final VersionService versions;
    private final SourceService sources;
    private final OrganizationService organizations;
    private final ChangeFeed changes;
    private final RegionDirectory regions;
    private final PageRenderer pages;
    private final UriInfo uriInfo;
    private final ObjectMapper json;
    private final Site site;
    private final VersionDownloads versionDownloads;
    private final VersionWorkbooks workbooks;

    DatasetPageResource(DatasetService datasets, VersionService versions, SourceService sources,
            OrganizationService organizations, ChangeFeed changes, RegionDirectory regions, PageRenderer pages,
            UriInfo uriInfo, ObjectMapper json, Site site, VersionDownloads versionDownloads,
            VersionWorkbooks workbooks) {
        this.datasets = datasets;
        this.versions = versions;
        this.sources = sources;
        this.organizations = organizations;
        this.changes = changes;
        this.regions = regions;
        this.pages = pages;
        this.uriInfo = uriInfo;
        this.json = json;
        this.site = site;
        this.versionDownloads = versionDownloads;
        this.workbooks = workbooks;
    }

    /** One facet value with its count and the link that adds it to the search or takes it away. */
    public record FacetValue(String value, String label, long count, boolean selected, String link) {
    }

    /** One facet: its parameter and values. */
    public record Facet(String parameter, List<FacetValue> values) {
    }

    /** A search result: the dataset and the formats its latest version downloads in. */
    public record Result(DatasetDto dataset, List<String> formats) {
    }

    /** What the catalog page shows. */
    public record CatalogView(String q, String sort, long total, List<Result> results, List<Facet> facets,
            String nextLink, String firstLink, String clearLink, List<SortOption> sorts) {
    }

    /** A sort order the catalog offers. */
    public record SortOption(String value, String label, boolean selected) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response catalog(@QueryParam("q") String q, @QueryParam("theme") String theme,
            @QueryParam("publisher") String publisher, @QueryParam("license") String license,
            @QueryParam("keyword") String keyword, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
            @QueryParam(PageLanguage.PARAMETER) String lang) {
        PageQuery query = PageQuery.of("/datasets", uriInfo.getRequestUri().getRawQuery());
        String words = query.first("q");
        if (words != null && words.length() > 200) {
            throw ApiException.invalidParameter("q", "must hold words, at most 200 characters");
        }
        String order = query.first("sort");
        if (order != null && !SORTS.contains(order)) {
            throw ApiException.invalidParameter("sort", "must be one of " + String.join(", ", SORTS));
        }
        DatasetFilter filter = new DatasetFilter(words, query.first("theme"), query.first("publisher"),
                query.first("license"), query.first("keyword"));
        String apiPath = PageQuery.link("api/v1/datasets", query.without(Set.of(PageLanguage.PARAMETER)));
        String base = pages.baseUri();
        return pages.page("datasets", apiPath, ctx -> {
            Map<String, Integer> latest = versions.latestNumbers();
            Slice<Dataset> page = datasets.list(filter, new PageParameters(
                    query.first("limit") == null ? CATALOG_LIMIT : query.first("limit"), query.first("cursor"), order));
            DatasetService.Facets counts = datasets.facets(filter);
            Map<String, String> publishers = new LinkedHashMap<>();
            organizations.list(new PageParameters(ALL, null, null)).items()
                    .forEach(o -> publishers.put(o.id, ctx.fmt().text(o.name, o.nameEn)));
            List<Result> results = page.items().stream().map(d -> new Result(DatasetDto.from(d, latest.get(d.id),
                    base), latest.get(d.id) == null ? List.of() : formats(datasets.schema(d)))).toList();
            List<Facet> facets = List.of(
                    facet(query, "theme", counts.theme(), Map.of()),
                    facet(query, "publisher", counts.publisher(), publishers),
                    facet(query, "license", counts.license(), Map.of()),
                    facet(query, "keyword", counts.keyword(), Map.of()));
            long total = counts.publisher().values().stream().mapToLong(Long::longValue).sum();
            List<SortOption> sorts = List.of(
                    new SortOption("", "", order == null),
                    new SortOption(ctx.english() ? "title_en" : "title_id", "title",
                            ("title_en".equals(order) || "title_id".equals(order))),
                    new SortOption("-modified", "modified", "-modified".equals(order)));
            return Templates.catalog(ctx, new CatalogView(words, order, total, results, facets,
                    page.nextCursor() == null ? null : ctx.href(query.with("cursor", page.nextCursor()).link()),
                    query.first("cursor") == null ? null : ctx.href(query.with("cursor", null).link()),
                    ctx.href("/datasets"), sorts));
        });
    }

    private static Facet facet(PageQuery query, String parameter, Map<String, Long> counts,
            Map<String, String> labels) {
        String selected = query.first(parameter);
        List<FacetValue> values = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new FacetValue(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), e.getValue(),
                        e.getKey().equals(selected),
                        query.with(parameter, e.getKey().equals(selected) ? null : e.getKey(), "cursor").link()))
                .toList();
        return new Facet(parameter, values);
    }

    /** The formats a version of a dataset with this schema downloads in (every version has the same). */
    private static List<String> formats(TableSchema schema) {
        List<String> formats = new ArrayList<>(List.of("CSV", "XLSX", "JSON", "NDJSON"));
        if (schema.geometryField() != null) {
            formats.add("GeoJSON");
        }
        return formats;
    }

    /** A field of the Table Schema, as the data dictionary and the preview show it. */
    public record FieldView(String name, String type, String title, String description, String unit,
            boolean required, boolean key, List<String> enumValues, String minimum, String maximum,
            boolean filterable, String filterValue) {
    }

    /** The preview of a version: a page of its records with the filters that chose them. */
    public record Preview(int version, List<FieldView> columns, List<List<String>> rows, String q, String sort,
            List<String> sortValues, String nextLink, String firstLink, String apiUrl, String resetLink) {
    }

    /** The citations of a version. */
    public record Citation(String apa, String bibtex, String cslJson, String apiUrl) {
    }

    /** A version in the list of versions, with the links to its preview and to its diff from the one before. */
    public record VersionRow(DatasetVersionDto version, String previewLink, String diffLink) {
    }

    /** The dataset's latest events of the change feed, newest first, and the feed's API URL for the dataset. */
    public record RecentChanges(List<ChangeEventDto> events, String apiUrl) {
    }

    /** What a dataset's page shows. */
    public record DatasetView(DatasetDto dataset, List<SourceDto> sources, Map<String, String> places,
            List<VersionRow> versions, RecentChanges changes, DatasetVersionDto shown, List<DownloadLink> downloads,
            Citation citation, Preview preview, List<FieldView> dictionary, RawString jsonLd) {
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @FieldFilters
    public Response dataset(@PathParam("id") String id) {
        PageQuery query = PageQuery.of("/datasets/" + id, uriInfo.getRequestUri().getRawQuery());
        String versionText = query.first("version");
        VersionRef ref = versionText == null ? null : Parameters.parse("version", versionText, VersionRef::parse);
        String base = pages.baseUri();
        return pages.page("datasets", "api/v1/datasets/" + id, ctx -> {
            Dataset d = datasets.get(id);
            Integer latest = versions.latestNumbers().get(id);
            DatasetDto dto = DatasetDto.from(d, latest, base);
            TableSchema schema = datasets.schema(d);
            List<DatasetVersionDto> all = latest == null ? List.of() : versions.versions(id,
                    new PageParameters(ALL, null, null)).items().stream()
                    .map(v -> DatasetVersionDto.from(v, base))
                    .sorted(Comparator.comparingInt(DatasetVersionDto::version).reversed()).toList();
            List<SourceDto> register = d.sources.stream().map(s -> SourceDto.from(sources.get(s), base)).toList();
            Map<String, String> places = new LinkedHashMap<>();
            d.spatial.forEach(code -> places.put(code, regions.name(code)));
            DatasetVersion shown = latest == null ? null
                    : versions.version(id, ref == null ? VersionRef.parse(String.valueOf(latest)) : ref);
            DatasetVersionDto shownDto = shown == null ? null : DatasetVersionDto.from(shown, base);
            Citation citation = shown == null ? null : citation(d, shown, base);
            List<DownloadLink> downloads = shown == null ? List.of() : downloads(shownDto,
                    versionDownloads.spreadsheetFile(shown, schema, CsvDialect.SPREADSHEET_ID),
                    versionDownloads.spreadsheetFile(shown, schema, CsvDialect.SPREADSHEET_EN),
                    workbooks.file(d, schema, shown, DatasetVersionDto.url(shown, base), citation.apa(), site.title()));
            Preview preview = shown == null ? null : preview(ctx, query, shown, schema, base);
            String pageUrl = base + "datasets/" + id;
            String jsonLd = DatasetJsonLd.of(json, dto, shownDto, pageUrl, places, downloads,
                    citation == null ? "" : citation.apa(), ctx.language());
            List<VersionRow> rows = all.stream().map(v -> new VersionRow(v,
                    ctx.href("/datasets/" + id + "?version=" + v.version()) + "#preview",
                    v.version() == 1 ? null : ctx.href("/datasets/" + id + "/diff?from=" + (v.version() - 1) + "&to="
                            + v.version()))).toList();
            RecentChanges recent = new RecentChanges(changes.latestOf(id, RECENT_CHANGES).stream()
                    .map(e -> ChangeEventDto.from(e, base)).toList(), base + "api/v1/changes?dataset=" + id);
            return Templates.dataset(ctx, new DatasetView(dto, register, places, rows, recent, shownDto, downloads,
                    citation, preview, dictionary(ctx, schema, Map.of()), new RawString(jsonLd)));
        });
    }

    private static List<DownloadLink> downloads(DatasetVersionDto v, VersionFiles.DerivedFile spreadsheetId,
            VersionFiles.DerivedFile spreadsheetEn, VersionFiles.DerivedFile workbook) {
        String self = v.links().self() + "/download?format=";
        List<DownloadLink> links = new ArrayList<>();
        for (DatasetVersionDto.DownloadDto download : v.downloads()) {
            links.add(new DownloadLink(download.format(), download.url(), download.mediaType(), download.bytes(),
                    download.sha256()));
            if (download.format().equals("csv")) {
                links.add(new DownloadLink("csv_excel_id", self + "csv&spreadsheet=id", Format.TEXT_CSV,
                        spreadsheetId.bytes(), spreadsheetId.sha256()));
                links.add(new DownloadLink("csv_excel_en", self + "csv&spreadsheet=en", Format.TEXT_CSV,
                        spreadsheetEn.bytes(), spreadsheetEn.sha256()));
                links.add(new DownloadLink("xlsx", self + Format.XLSX_VALUE, Format.XLSX, workbook.bytes(),
                        workbook.sha256()));
            }
        }
        return links;
    }

    private Citation citation(Dataset d, DatasetVersion v, String base) {
        String url = DatasetVersionDto.url(v, base);
        try {
            return new Citation(Citations.apa(d, v, url, site.title()).strip(),
                    Citations.bibtex(d, v, url, site.title()).strip(),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(Citations.cslJson(d, v, url,
                            site.title())), url + "/citation");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A CSL-JSON citation could not be written", e);
        }
    }

    private Preview preview(PageContext ctx, PageQuery query, DatasetVersion v, TableSchema schema, String base) {
        Map<String, List<String>> filters = query.without(PAGE_PARAMETERS);
        String sort = query.first("sort");
        VersionService.RecordPage page = versions.records(v, query.without(Set.of(PageLanguage.PARAMETER, "version")),
                new PageParameters(PREVIEW_LIMIT, query.first("cursor"), sort));
        List<TableSchema.Field> shown = schema.fields().stream().filter(f -> !f.geometry()).toList();
        List<List<String>> rows = new ArrayList<>();
        for (var record : page.records().items()) {
            Map<String, Object> values = RecordValues.of(schema, record, null);
            rows.add(shown.stream().map(f -> cell(ctx, f, values.get(f.name()))).toList());
        }
        Map<String, String> filterValues = new LinkedHashMap<>();
        filters.forEach((name, values) -> filterValues.put(name, String.join(",", values)));
        String apiPath = PageQuery.link(DatasetVersionDto.url(v, base) + "/records", withLimit(
                query.without(Set.of(PageLanguage.PARAMETER, "version"))));
        String next = page.records().nextCursor();
        return new Preview(v.number(), dictionary(ctx, schema, filterValues).stream()
                .filter(f -> !"geojson".equals(f.type())).toList(), rows, query.first("q"), sort,
                versions.sortOrders(schema).stream().flatMap(o -> java.util.stream.Stream.of(o, "-" + o)).toList(),
                next == null ? null : ctx.href(query.with("cursor", next).link()) + "#preview",
                query.first("cursor") == null ? null : ctx.href(query.with("cursor", null).link()) + "#preview",
                apiPath, ctx.href(PageQuery.link("/datasets/" + v.key.datasetId(), Map.of())) + "#preview");
    }

    private static Map<String, List<String>> withLimit(Map<String, List<String>> parameters) {
        Map<String, List<String>> limited = new LinkedHashMap<>(parameters);
        limited.put("limit", List.of(PREVIEW_LIMIT));
        return limited;
    }

    private static String cell(PageContext ctx, TableSchema.Field field, Object value) {
        if (value == null) {
            return "";
        }
        return field.numeric() ? ctx.fmt().number(value) : value.toString();
    }

    private static List<FieldView> dictionary(PageContext ctx, TableSchema schema, Map<String, String> filters) {
        return schema.fields().stream().map(f -> new FieldView(f.name(), f.type(), f.title(),
                ctx.fmt().text(f.descriptionId(), f.description()), f.unit(), f.required(),
                schema.primaryKey().contains(f.name()),
                f.constraints() == null || f.constraints().enumValues() == null ? List.of()
                        : f.constraints().enumValues(),
                f.constraints() == null || f.constraints().minimum() == null ? null
                        : ctx.fmt().number(f.constraints().minimum()),
                f.constraints() == null || f.constraints().maximum() == null ? null
                        : ctx.fmt().number(f.constraints().maximum()),
                !f.geometry() && schema.indexed(f), filters.get(f.name()))).toList();
    }

    /** A changed field of a record, old value to new. */
    public record FieldChange(String field, String old, String now) {
    }

    /** One record of a diff. */
    public record Change(String key, String kind, List<FieldChange> fields) {
    }

    /** What the diff page shows. */
    public record DiffView(DatasetDto dataset, int from, int to, List<Integer> numbers, List<Change> changes,
            long added, long removed, long changed, String nextLink, String apiUrl) {
    }

    @GET
    @Path("/{id}/diff")
    @Produces(MediaType.TEXT_HTML)
    public Response diff(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("cursor") String cursor, @QueryParam(PageLanguage.PARAMETER) String lang) {
        if (from == null) {
            throw ApiException.invalidParameter("from", "is required: the older version number");
        }
        VersionRef fromRef = Parameters.parse("from", from, VersionRef::parse);
        VersionRef toRef = to == null ? VersionRef.parse("latest") : Parameters.parse("to", to, VersionRef::parse);
        PageQuery query = PageQuery.of("/datasets/" + id + "/diff", uriInfo.getRequestUri().getRawQuery());
        String apiPath = PageQuery.link("api/v1/datasets/" + id + "/diff", query.without(Set.of(
                PageLanguage.PARAMETER)));
        String base = pages.baseUri();
        return pages.page("datasets", apiPath, ctx -> {
            Dataset d = datasets.get(id);
            DatasetDiff diff = versions.diff(id, fromRef, toRef, new PageParameters(null, cursor, null));
            List<Change> changes = DatasetDiffDto.changes(datasets.schema(d), diff).stream()
                    .map(c -> new Change(c.key(), c.change(), c.fields().stream().map(f -> new FieldChange(f.field(),
                            f.old() == null ? null : f.old().toString(), f.now() == null ? null : f.now().toString()))
                            .toList()))
                    .toList();
            Integer latest = versions.latestNumbers().get(id);
            List<Integer> numbers = new ArrayList<>();
            for (int n = 1; latest != null && n <= latest; n++) {
                numbers.add(n);
            }
            String next = diff.changes().nextCursor();
            return Templates.diff(ctx, new DiffView(DatasetDto.from(d, latest, base), diff.from(), diff.to(), numbers,
                    changes, count(changes, "added"), count(changes, "removed"), count(changes, "changed"),
                    next == null ? null : ctx.href(query.with("cursor", next).link()), base + apiPath));
        });
    }

    private static long count(List<Change> changes, String kind) {
        return changes.stream().filter(c -> c.kind().equals(kind)).count();
    }
}
