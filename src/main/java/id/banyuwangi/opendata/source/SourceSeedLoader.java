package id.banyuwangi.opendata.source;

import id.banyuwangi.opendata.common.seed.SeedException;
import id.banyuwangi.opendata.common.seed.SeedFiles;
import id.banyuwangi.opendata.common.seed.SeedLoader;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the source register ({@code sources.csv}) with our classification of each source
 * ({@code source_status.csv}); every source must be classified and every classification must name a source.
 */
@Singleton
public class SourceSeedLoader extends SeedLoader {

    private static final String SOURCES = "sources.csv";
    private static final String STATUS = "source_status.csv";

    private final SourceRepository sources;

    public SourceSeedLoader(SourceRepository sources) {
        super("sources", 10, List.of(SOURCES, STATUS));
        this.sources = sources;
    }

    @Override
    public void load(SeedFiles files) {
        Map<String, SourceStatus> statuses = new HashMap<>();
        for (Map<String, String> row : files.csv(STATUS)) {
            try {
                statuses.put(row.get("source_id"), SourceStatus.parse(row.get("status")));
            } catch (IllegalArgumentException e) {
                throw new SeedException(SeedFiles.at(STATUS, row) + ": source " + row.get("source_id") + " status "
                        + e.getMessage());
            }
        }
        for (Map<String, String> row : files.csv(SOURCES)) {
            Source source = new Source();
            source.id = row.get("source_id");
            source.description = row.get("description");
            source.publisher = SeedFiles.optional(row.get("original_publisher"));
            source.repositoryOrSite = SeedFiles.optional(row.get("repository_or_site"));
            source.pathOrUrl = SeedFiles.optional(row.get("path_or_url"));
            source.version = SeedFiles.optional(row.get("commit_or_version"));
            source.licence = SeedFiles.optional(row.get("licence"));
            source.status = statuses.remove(source.id);
            if (source.status == null) {
                throw new SeedException(STATUS + " does not classify source " + source.id);
            }
            sources.persist(source);
        }
        if (!statuses.isEmpty()) {
            throw new SeedException(STATUS + " classifies unknown sources " + statuses.keySet());
        }
    }

}
