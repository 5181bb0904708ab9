package id.banyuwangi.opendata.common.seed;

import io.quarkus.runtime.QuarkusApplication;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * {@code --check-seed DIR}: the application run that only loads a seed folder. The start-up that precedes
 * {@link #run} has already loaded every set through {@link SeedService} into an in-memory database, so reaching
 * {@code run} means the folder passed every check.
 */
public class SeedCheck implements QuarkusApplication {

    /** The command-line option. */
    public static final String OPTION = "--check-seed";

    private static final Logger LOG = Logger.getLogger(SeedCheck.class);

    private final SeedService seeds;

    public SeedCheck(SeedService seeds) {
        this.seeds = seeds;
    }

    /** Points the coming start at {@code folder}, an in-memory database and a port of its own, before it reads them. */
    public static void configure(String folder) {
        Map.of("opendata.seed.dir", folder,
                "opendata.seed.enabled", "true",
                "opendata.db-kind", "h2",
                "quarkus.datasource.\"h2\".jdbc.url", "jdbc:h2:mem:seed-check;DB_CLOSE_DELAY=-1",
                "quarkus.datasource.\"h2\".username", "sa",
                "quarkus.datasource.\"h2\".password", "",
                "quarkus.http.host", "127.0.0.1",
                "quarkus.http.port", "0").forEach(System::setProperty);
    }

    @Override
    public int run(String... args) {
        LOG.infof("Seed %s passes every check: loaded %s", seeds.location(), seeds.loaded());
        return 0;
    }
}
