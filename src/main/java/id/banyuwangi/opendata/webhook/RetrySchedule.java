package id.banyuwangi.opendata.webhook;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: exponential backoff with jitter, for at least a period. After the n-th
 * failed attempt the next one waits {@code min(maxDelay, baseDelay * 2^(n-1))}, multiplied by a random factor between
 * 0.8 and 1.2 (so that the retries of many messages to a receiver that comes back do not all arrive at once), until an
 * attempt has been made {@code period} or more after the first: that one is the last.
 *
 * @param baseDelay the delay after the first failed attempt
 * @param maxDelay  the longest delay
 * @param period    how long a message is retried at least
 */
record RetrySchedule(Duration baseDelay, Duration maxDelay, Duration period) {

    /** How far a delay may lie from its nominal value, as a fraction of it. */
    static final double JITTER = 0.2;

    /** The schedule the configuration sets. */
    static RetrySchedule of(OpenDataConfig.Webhooks config) {
        return new RetrySchedule(config.retryBaseDelay(), config.retryMaxDelay(), config.retryPeriod());
    }

    /** The delay after {@code failedAttempts} (at least 1) failed attempts, before jitter. */
    Duration nominalDelay(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be at least 1");
        }
        Duration delay = baseDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }

    /**
     * When to attempt again after the {@code failedAttempts}-th attempt, made at {@code attempted}, failed (the delay
     * counts from its start), the first having been made at {@code firstAttempt}; empty when that was the last.
     * {@code random} is uniform in [0, 1).
     */
    Optional<Instant> next(Instant firstAttempt, Instant attempted, int failedAttempts, double random) {
        if (!attempted.isBefore(firstAttempt.plus(period))) {
            return Optional.empty();
        }
        double factor = 1 - JITTER + 2 * JITTER * random;
        long millis = Math.round(nominalDelay(failedAttempts).toMillis() * factor);
        return Optional.of(attempted.plusMillis(millis));
    }

    /** When each attempt is made after the first, without jitter: the documented schedule. */
    List<Duration> nominalAttempts() {
        List<Duration> attempts = new ArrayList<>(List.of(Duration.ZERO));
        Instant first = Instant.EPOCH;
        Instant at = first;
        for (int failed = 1; ; failed++) {
            Optional<Instant> next = next(first, at, failed, 0.5);
            if (next.isEmpty()) {
                return attempts;
            }
            at = next.get();
            attempts.add(Duration.between(first, at));
        }
    }
}
