package id.banyuwangi.opendata.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The retry schedule of webhook deliveries: exponential, jittered, for at least the period. */
class RetryScheduleTest {

    /** The production defaults (OpenDataConfig.Webhooks). */
    private static final RetrySchedule DEFAULT = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(4),
            Duration.ofHours(24));

    @Test
    void theDelayDoublesFromTheBaseUpToTheMaximum() {
        assertEquals(List.of(30L, 60L, 120L, 240L, 480L, 960L, 1920L, 3840L, 7680L, 14400L, 14400L),
                List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).stream().map(n -> DEFAULT.nominalDelay(n).toSeconds())
                        .toList());
        assertEquals(Duration.ofHours(4), DEFAULT.nominalDelay(1000), "no overflow after many attempts");
    }

    @Test
    void theDefaultScheduleRetriesForAtLeastTwentyFourHours() {
        List<Duration> attempts = DEFAULT.nominalAttempts();
        Duration last = attempts.get(attempts.size() - 1);
        Duration beforeLast = attempts.get(attempts.size() - 2);
        assertTrue(last.compareTo(Duration.ofHours(24)) >= 0, "the last attempt is 24 h or more after the first: "
                + last);
        assertTrue(beforeLast.compareTo(Duration.ofHours(24)) < 0, "and the one before it within 24 h: "
                + beforeLast);
        assertEquals(15, attempts.size(), "attempts: " + attempts);
        assertEquals(Duration.ofSeconds(30), attempts.get(1));
        assertEquals(Duration.ofSeconds(90), attempts.get(2));
    }

    @Test
    void eachDelayIsJitteredByAtMostTwentyPercent() {
        Instant first = Instant.parse("2026-12-01T00:00:00Z");
        Instant now = first.plusSeconds(100);
        assertEquals(Optional.of(now.plusSeconds(96)), DEFAULT.next(first, now, 3, 0.0));
        assertEquals(Optional.of(now.plusSeconds(120)), DEFAULT.next(first, now, 3, 0.5));
        assertEquals(Optional.of(now.plusSeconds(132)), DEFAULT.next(first, now, 3, 0.75));
        assertTrue(DEFAULT.next(first, now, 3, 0.99999).orElseThrow().isBefore(now.plusMillis(144_001)));
    }

    @Test
    void anAttemptAtOrAfterThePeriodIsTheLast() {
        Instant first = Instant.parse("2026-12-01T00:00:00Z");
        assertTrue(DEFAULT.next(first, first.plus(Duration.ofHours(24)).minusMillis(1), 14, 0.5).isPresent());
        assertEquals(Optional.empty(), DEFAULT.next(first, first.plus(Duration.ofHours(24)), 15, 0.5));
    }
}
