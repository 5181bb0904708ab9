package id.banyuwangi.opendata.common.replica;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * How replicas tell each other that the data changed ({@code opendata.replicas.signal=redis}): a replica that
 * commits a write increments a counter in Redis ({@link #announce}), and every replica reads the counter every
 * {@code poll-interval} and fires {@link ReplicaChanged} when it moved, so that all of them answer with the new data
 * within that interval. While Redis does not answer, a replica cannot learn of writes, so it fires
 * {@code ReplicaChanged(false)} at once and then every {@code fallback-ttl}: what can change is never served older
 * than that. When Redis answers again, everything is dropped once, for the writes missed meanwhile. With
 * {@code signal=none} (one replica) nothing is polled or sent.
 */
@ApplicationScoped
public class ReplicaSignal {

    private static final Logger LOG = Logger.getLogger(ReplicaSignal.class);

    private final OpenDataConfig.Replicas settings;
    private final Instance<ReactiveRedisDataSource> redis;
    private final Event<ReplicaChanged> changed;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "replica-signal");
        thread.setDaemon(true);
        return thread;
    });
    private long lastSeen = Long.MIN_VALUE;
    private boolean reachable = true;
    private long nextFallbackMillis;

    public ReplicaSignal(OpenDataConfig config, Instance<ReactiveRedisDataSource> redis,
            Event<ReplicaChanged> changed) {
        this.settings = config.replicas();
        this.redis = redis;
        this.changed = changed;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled()) {
            long interval = settings.pollInterval().toMillis();
            poller.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
            LOG.infof("Replicas signal their writes through Redis key %s, read every %d ms", settings.redisKey(),
                    interval);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        poller.shutdownNow();
    }

    /** Tells the other replicas that this one has committed a change; call once it has committed. */
    public void announce() {
        if (!enabled()) {
            return;
        }
        try {
            long value = redis.get().value(Long.class).incr(settings.redisKey())
                    .await().atMost(settings.redisTimeout());
            synchronized (this) {
                if (value == lastSeen + 1) {
                    lastSeen = value;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not announce a change to the other replicas through Redis (%s); they serve it within"
                    + " opendata.replicas.fallback-ttl (%s) if Redis stays unreachable for them too", e.toString(),
                    settings.fallbackTtl());
        }
    }

    private boolean enabled() {
        return settings.signal() == OpenDataConfig.Replicas.Signal.REDIS;
    }

    private synchronized void poll() {
        try {
            Long value = redis.get().value(Long.class).get(settings.redisKey()).await().atMost(settings.redisTimeout());
            long current = value == null ? 0 : value;
            if (!reachable) {
                LOG.infof("Redis answers again: reading the data anew and following the change counter");
                reachable = true;
                fire(true);
            } else if (lastSeen != Long.MIN_VALUE && current != lastSeen) {
                fire(true);
            }
            lastSeen = current;
        } catch (RuntimeException e) {
            long now = System.currentTimeMillis();
            if (reachable) {
                LOG.warnf("Redis does not answer (%s): changed data is served at most %s old until it does",
                        e.toString(), settings.fallbackTtl());
                reachable = false;
                nextFallbackMillis = now;
            }
            if (now >= nextFallbackMillis) {
                nextFallbackMillis = now + settings.fallbackTtl().toMillis();
                fire(false);
            }
        }
    }

    private void fire(boolean everything) {
        try {
            changed.fire(new ReplicaChanged(everything));
        } catch (RuntimeException e) {
            LOG.errorf(e, "A listener of replica changes failed");
        }
    }
}
