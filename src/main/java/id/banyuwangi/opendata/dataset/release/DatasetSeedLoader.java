package id.banyuwangi.opendata.dataset.release;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.seed.SeedException;
import id.banyuwangi.opendata.common.seed.SeedFiles;
import id.banyuwangi.opendata.common.seed.SeedLoader;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetMetadata;
import id.banyuwangi.opendata.dataset.catalog.DatasetMetadataService;
import id.banyuwangi.opendata.organization.Organization;
import id.banyuwangi.opendata.organization.OrganizationRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Loads the catalog ({@code datasets.json}): the publishing organizations and every dataset with its metadata,
 * Table Schema and versions. Each version names a seed file, how its columns map to the schema's fields (a
 * {@code a|b} mapping takes b where a is empty) and which rows it keeps; the versions are published in order
 * through {@link DatasetPublisher}, like any later release.
 */
@Singleton
public class DatasetSeedLoader extends SeedLoader {

    private static final String CATALOGUE = "datasets.json";
    /** The creator recorded on the drafts of the seed's versions. */
    private static final String SEED = "seed";

    private final OrganizationRepository organizations;
    private final DatasetMetadataService metadata;
    private final DatasetPublisher publisher;

    public DatasetSeedLoader(OrganizationRepository organizations, DatasetMetadataService metadata,
            DatasetPublisher publisher) {
        super("datasets", 50, List.of(CATALOGUE));
        this.organizations = organizations;
        this.metadata = metadata;
        this.publisher = publisher;
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

        /** The dataset's description, as the API takes it. */
        DatasetMetadata metadata() {
            return new DatasetMetadata(id, organization, titleId, titleEn, descriptionId, descriptionEn, contactName,
                    contactUrl, licenseId, licenseTitle, licenseUrl, attribution, sources, keywords, themes, spatial,
                    temporalStart, temporalEnd, updateFrequency, schema);
        }
    }

    /**
     * One version: its release notes, when its source issued the data (null where the source states no date; see
     * {@link DatasetVersion#issued}) and where its rows come from.
     */
    public record VersionSeed(String notesId, String notesEn, String issued, RowSource source) {
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
    public void load(SeedFiles files) {
        Catalogue catalogue = files.json(CATALOGUE, Catalogue.class);
        for (OrganizationSeed seed : catalogue.organizations()) {
            Organization o = new Organization();
            o.id = seed.id();
            o.name = seed.name();
            o.nameEn = seed.nameEn();
            o.url = seed.url();
            o.email = seed.email();
            organizations.persist(o);
        }
        for (DatasetSeed seed : catalogue.datasets()) {
            Dataset dataset;
            try {
                dataset = metadata.createForSeed(seed.metadata());
            } catch (ApiException e) {
                throw new SeedException(CATALOGUE + ": dataset " + seed.id() + ": " + e.getMessage() + " "
                        + e.errors());
            }
            for (VersionSeed version : seed.versions()) {
                String issued;
                try {
                    issued = DatasetVersion.checkIssued(version.issued());
                } catch (IllegalArgumentException e) {
                    throw new SeedException(CATALOGUE + ": dataset " + seed.id() + ": " + e.getMessage());
                }
                DatasetPublisher.Staging staging = publisher.stage(dataset, version.notesId(), version.notesEn(),
                        SEED);
                rows(files, version.source(), staging::add);
                try {
                    publisher.publish(staging.finish(), Instant.now(), issued);
                } catch (InvalidRowsException e) {
                    throw new SeedException(CATALOGUE + ": dataset " + seed.id() + " from " + version.source().file()
                            + ": " + e.getMessage());
                }
            }
        }
    }

    private static void rows(SeedFiles files, RowSource source, BiConsumer<Map<String, String>, String> rows) {
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
                geometries.add(item.hasNonNull("geometry")
                        ? SeedFiles.geometry(source.file() + " feature " + geometries.size(), item.get("geometry"))
                        : null);
            }
        }
        for (int i = 0; i < raw.size(); i++) {
            Map<String, String> row = raw.get(i);
            if (source.where() != null && !source.where().entrySet().stream()
                    .allMatch(w -> w.getValue().contains(row.get(w.getKey())))) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            source.columns().forEach((field, expression) -> values.put(field, column(row, expression)));
            rows.accept(values, geometries.isEmpty() ? null : geometries.get(i));
        }
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
