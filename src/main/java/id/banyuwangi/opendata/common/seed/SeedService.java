package id.banyuwangi.opendata.common.seed;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.persistence.StartupLock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads each seed set on the first start, once. Each set is loaded in one transaction together with its
 * {@link SeedLoad} record, so a load that fails half way leaves nothing, and a later start finds the record and
 * skips the set with a single primary-key lookup. The transaction holds the {@link StartupLock}: a replica that
 * starts at the same moment waits, then finds the set loaded.
 */
@ApplicationScoped
public class SeedService {

    /** The start-up priority of seeding; observers that need the seed run after it (a higher number). */
    public static final int PRIORITY = Interceptor.Priority.APPLICATION + 500;

    private static final Logger LOG = Logger.getLogger(SeedService.class);

    private final OpenDataConfig config;
    private final SeedFiles files;
    private final SeedLoadRepository loads;
    private final Instance<SeedLoader> loaders;
    private final StartupLock startupLock;

    public SeedService(OpenDataConfig config, SeedFiles files, SeedLoadRepository loads, Instance<SeedLoader> loaders,
            StartupLock startupLock) {
        this.config = config;
        this.files = files;
        this.loads = loads;
        this.loaders = loaders;
        this.startupLock = startupLock;
    }

    void onStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (!config.seed().enabled()) {
            LOG.info("Seed loading is disabled (opendata.seed.enabled=false)");
            return;
        }
        List<SeedLoader> ordered = loaders.stream().sorted(Comparator.comparingInt(SeedLoader::order)).toList();
        ordered.forEach(this::loadOnce);
    }

    /** The names of the sets loaded so far, in name order. */
    public List<String> loaded() {
        return QuarkusTransaction.requiringNew()
                .call(() -> loads.listAll().stream().map(l -> l.name).sorted().toList());
    }

    /** Where the seed is read from, as an operator names it. */
    public String location() {
        return files.location();
    }

    /** Loads one set unless it was loaded before; a failure rolls the whole set back. */
    public void loadOnce(SeedLoader loader) {
        String checksum = files.checksum(loader.files());
        startupLock.run(() -> {
            SeedLoad existing = loads.findById(loader.name());
            if (existing != null) {
                if (!existing.checksum.equals(checksum)) {
                    LOG.warnf("Seed set '%s' differs from the one loaded on %s; the loaded data is kept",
                            loader.name(), existing.loadedAt);
                }
                return;
            }
            SeedLoad load = new SeedLoad();
            load.name = loader.name();
            load.checksum = checksum;
            load.loadedAt = Instant.now();
            loads.persistAndFlush(load);
            long started = System.nanoTime();
            try {
                loader.load(files);
            } catch (SeedException e) {
                LOG.errorf("Seed set '%s' of %s refused: %s", loader.name(), files.location(), e.getMessage());
                throw e;
            }
            LOG.infof("Loaded seed set '%s' in %d ms", loader.name(), (System.nanoTime() - started) / 1_000_000);
        });
    }
}
