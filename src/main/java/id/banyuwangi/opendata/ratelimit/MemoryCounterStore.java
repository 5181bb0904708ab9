package id.banyuwangi.opendata.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of this replica alone, in a bounded cache whose entries expire with their window. */
@ApplicationScoped
public class MemoryCounterStore implements CounterStore {

    /**
     * Bound on the clients tracked at once, about 200 bytes each, so that a flood of fresh addresses (IPv6 makes
     * them cheap) cannot exhaust the heap; beyond it the cache keeps the most active clients.
     */
    private static final int MAX_CLIENTS = 200_000;

    private final Cache<String, Window> windows;
    private final long windowNanos;

    public MemoryCounterStore(OpenDataConfig config) {
        Duration window = config.rateLimit().window();
        this.windowNanos = window.toNanos();
        // A window is written once, when it starts (counting only mutates it), so it expires when it ends.
        this.windows = Caffeine.newBuilder().maximumSize(MAX_CLIENTS).expireAfterWrite(window).build();
    }

    @Override
    public CompletionStage<Usage> increment(String client) {
        Window window = windows.get(client, k -> new Window(System.nanoTime() + windowNanos, new AtomicLong()));
        long requests = window.count().incrementAndGet();
        Duration untilReset = Duration.ofNanos(Math.max(0, window.end() - System.nanoTime()));
        return CompletableFuture.completedFuture(new Usage(requests, untilReset));
    }

    /** One client's window: when it ends ({@link System#nanoTime()}) and the requests counted so far. */
    private record Window(long end, AtomicLong count) {
    }
}
