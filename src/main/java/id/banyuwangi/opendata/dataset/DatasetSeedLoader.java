package id.banyuwangi.opendata.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.seed.SeedException;
import id.banyuwangi.opendata.common.seed.SeedFiles;
import id.banyuwangi.opendata.common.seed.SeedLoader;
import id.banyuwangi.opendata.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the catalog ({@code datasets.json}): the publishing organizations and every dataset with its metadata,
 * Table Schema and versions. Each version names a seed file, how its columns map to the schema's fields (a
 * {@code a|b} mapping takes b where a is empty) and which rows it keeps; the versions are published in order
 * through {@link DatasetPublisher}, like any later release.
 */
@ApplicationScoped
public class DatasetSeedLoader implements SeedLoader {

    private static final String CATALOGUE = "datasets.json";

    private final OrganizationRepository organizations;
    private final DatasetRepository datasets;
    private final SourceRepository sources;
    private final DatasetPublisher publisher;
    private final ObjectMapper json;

    public DatasetSeedLoader(OrganizationRepository organizations, DatasetRepository datasets,
            SourceRepository sources, DatasetPublisher publisher, ObjectMapper json) {
        this.organizations = organizations;
        this.datasets = datasets;
        this.sources = sources;
        this.publisher = publisher;
        this.json = json;
    }

    /** The catalog file. */
    public record Catalogue(List<OrganizationSeed> organizations, List<DatasetSeed> datasets) {
    }

    /** A publishing organization. */
    public record OrganizationSeed(String id, String name, String nameEn, String url, String email) {
    }

    /** A dataset with its versions. */
    public record DatasetSeed(String id, String organization, String titleId, String titleEn, String descriptionId,
            String descriptionEn, String contactName, String contactUrl, String licenseId, String licenseTitle,
            String licenseUrl, String attribution, List<String> sources, List<String> keywords, List<String> themes,
            List<String> spatial, LocalDate temporalStart, LocalDate temporalEnd, String updateFrequency,
            JsonNode schema, List<VersionSeed> versions) {
    }

    /** One version: its release notes and where its rows come from. */
    public record VersionSeed(String notesId, String notesEn, RowSource source) {
    }

    /**
     * Where a version's rows come from.
     *
     * @param file    a CSV, GeoJSON or JSON file of {@code data-seed/}
     * @param path    for a JSON file, the key of the array of rows
     * @param columns field name to source column ({@code a|b}: a, or b where a is empty)
     * @param where   source column to the values a row must have to be kept
     */
    public record RowSource(String file, String path, Map<String, String> columns, Map<String, List<String>> where) {
    }

    @Override
    public String name() {
        return "datasets";
    }

    @Override
    public List<String> files() {
        return List.of(CATALOGUE);
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load(SeedFiles files) {
        Catalogue catalogue = files.json(CATALOGUE, Catalogue.class);
        Map<String, Organization> byId = new HashMap<>();
        for (OrganizationSeed seed : catalogue.organizations()) {
            Organization o = new Organization();
            o.id = seed.id();
            o.name = seed.name();
            o.nameEn = seed.nameEn();
            o.url = seed.url();
            o.email = seed.email();
            organizations.persist(o);
            byId.put(o.id, o);
        }
        for (DatasetSeed seed : catalogue.datasets()) {
            Dataset dataset = dataset(seed, byId);
            datasets.persist(dataset);
            for (VersionSeed version : seed.versions()) {
                try {
                    publisher.publish(dataset, Instant.now(), version.notesId(), version.notesEn(),
                            rows(files, version.source()));
                } catch (DatasetPublisher.InvalidRowsException e) {
                    throw new SeedException(CATALOGUE + ": dataset " + seed.id() + " from " + version.source().file()
                            + ": " + e.getMessage() + ", first " + e.errors().get(0));
                }
            }
        }
    }

    private Dataset dataset(DatasetSeed seed, Map<String, Organization> organizationsById) {
        Dataset d = new Dataset();
        d.id = seed.id();
        d.publisher = organizationsById.get(seed.organization());
        if (d.publisher == null) {
            throw new SeedException(CATALOGUE + ": dataset " + seed.id() + " names unknown organization "
                    + seed.organization());
        }
        for (String source : seed.sources()) {
            if (sources.findByIdOptional(source).isEmpty()) {
                throw new SeedException(CATALOGUE + ": dataset " + seed.id() + " names unknown source " + source);
            }
        }
        try {
            TableSchema schema = json.treeToValue(seed.schema(), TableSchema.class);
            schema.check();
            d.tableSchema = json.writeValueAsString(schema);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SeedException(CATALOGUE + ": dataset " + seed.id() + " has an invalid table schema: "
                    + e.getMessage(), e);
        }
        d.titleId = seed.titleId();
        d.titleEn = seed.titleEn();
        d.descriptionId = seed.descriptionId();
        d.descriptionEn = seed.descriptionEn();
        d.contactName = seed.contactName();
        d.contactUrl = seed.contactUrl();
        d.licenseId = seed.licenseId();
        d.licenseTitle = seed.licenseTitle();
        d.licenseUrl = seed.licenseUrl();
        d.attribution = seed.attribution();
        d.sources = List.copyOf(seed.sources());
        d.keywords = String.join(",", seed.keywords());
        d.themes = String.join(",", seed.themes());
        d.spatial = List.copyOf(seed.spatial());
        d.temporalStart = seed.temporalStart();
        d.temporalEnd = seed.temporalEnd();
        d.updateFrequency = seed.updateFrequency();
        d.created = Instant.now();
        d.modified = d.created;
        d.searchText = String.join(" ", d.titleId, d.titleEn, d.descriptionId, d.descriptionEn, d.keywords)
                .toLowerCase(Locale.ROOT);
        return d;
    }

    private static List<DatasetPublisher.Row> rows(SeedFiles files, RowSource source) {
        List<Map<String, String>> raw = new ArrayList<>();
        List<String> geometries = new ArrayList<>();
        if (source.file().endsWith(".csv")) {
            raw.addAll(files.csv(source.file()));
        } else {
            JsonNode root = files.json(source.file());
            JsonNode items = source.file().endsWith(".geojson") ? root.path("features") : root.path(source.path());
            for (JsonNode item : items) {
                JsonNode values = source.file().endsWith(".geojson") ? item.path("properties") : item;
                Map<String, String> row = new HashMap<>();
                values.fields().forEachRemaining(e -> row.put(e.getKey(), text(e.getValue())));
                raw.add(row);
                geometries.add(item.has("geometry") ? item.get("geometry").toString() : null);
            }
        }
        List<DatasetPublisher.Row> rows = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Map<String, String> row = raw.get(i);
            if (source.where() != null && !source.where().entrySet().stream()
                    .allMatch(w -> w.getValue().contains(row.get(w.getKey())))) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            source.columns().forEach((field, expression) -> values.put(field, column(row, expression)));
            rows.add(new DatasetPublisher.Row(values, geometries.isEmpty() ? null : geometries.get(i)));
        }
        return rows;
    }

    private static String column(Map<String, String> row, String expression) {
        for (String column : expression.split("\\|")) {
            String value = SeedFiles.optional(row.get(column));
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText()));
            return String.join(";", parts);
        }
        return value.isNull() ? "" : value.asText();
    }
}
