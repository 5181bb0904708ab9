package id.banyuwangi.opendata.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** Fixed-window request counters, one per client, whose window starts with the client's first request in it. */
public interface CounterStore {

    /** Counts one more request of {@code client} and tells where its current window stands. */
    CompletionStage<Usage> increment(String client);

    /** The requests counted in a client's current window, this one included, and the time until the window ends. */
    record Usage(long requests, Duration untilReset) {
    }
}
