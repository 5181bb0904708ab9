package id.banyuwangi.opendata.auth;

import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.common.http.ActiveKeys;
import id.banyuwangi.opendata.common.seed.SeedService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The secret hashes of the active keys, in memory: {@link ActiveKeys} for the rate limiter and the response cache,
 * which ask on every request and must not go to the database for it. It is reloaded at start, after every key this
 * replica creates or revokes, and every {@value #REFRESH_SECONDS} seconds for those another replica did; an expiry
 * is applied at the instant it passes. (Authentication itself always asks the database.)
 */
@ApplicationScoped
public class ActiveKeyDirectory implements ActiveKeys {

    /** How often the directory is reloaded, for keys created or revoked by another replica. */
    static final int REFRESH_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(ActiveKeyDirectory.class);

    private final ApiKeyRepository keys;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "active-key-refresh");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Map<String, Instant> expiryByHash = Map.of();

    public ActiveKeyDirectory(ApiKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public boolean active(String token) {
        Instant expiry = expiryByHash.get(Sha256.hex(token));
        return expiry != null && clock.instant().isBefore(expiry);
    }

    void onStart(@Observes @Priority(SeedService.PRIORITY + 20) StartupEvent event) {
        reload();
        refresher.scheduleWithFixedDelay(this::reloadQuietly, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApiKeyChanged change) {
        reload();
    }

    void onStop(@Observes ShutdownEvent event) {
        refresher.shutdownNow();
    }

    private void reload() {
        expiryByHash = QuarkusTransaction.requiringNew().call(() -> keys.activeSecretHashes(clock.instant()));
    }

    private void reloadQuietly() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.warnf("The active API keys could not be reloaded (%s); the last list stays in use", e.getMessage());
        }
    }
}
