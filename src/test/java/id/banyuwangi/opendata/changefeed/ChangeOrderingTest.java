package id.banyuwangi.opendata.changefeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ids of the change feed are given in commit order: a second writer waits until the first has committed (or rolled
 * back), so no id can become visible before a smaller one, and a rolled-back id is given again. This is what lets a
 * reader with a cursor never skip an event.
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class ChangeOrderingTest {

    private static final long HELD_MILLIS = 500;

    @Inject
    ChangeEventRepository events;

    private static ChangeEvent created(String datasetId) {
        ChangeEvent event = new ChangeEvent();
        event.type = ChangeType.DATASET_CREATED.code();
        event.datasetId = datasetId;
        event.occurredAt = Instant.now();
        return event;
    }

    @Test
    void aSecondWriterWaitsForTheFirstToCommitAndTakesTheNextId() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstHoldsAnId = new CountDownLatch(1);
            Future<Long> first = writers.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                ChangeEvent event = created("ordering-first");
                events.append(event);
                firstHoldsAnId.countDown();
                Thread.sleep(HELD_MILLIS);
                return event.id;
            }));
            assertTrue(firstHoldsAnId.await(10, TimeUnit.SECONDS));
            Future<long[]> second = writers.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                long started = System.nanoTime();
                ChangeEvent event = created("ordering-second");
                events.append(event);
                return new long[] {event.id, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)};
            }));
            long firstId = first.get(20, TimeUnit.SECONDS);
            long[] secondIdAndWait = second.get(20, TimeUnit.SECONDS);
            assertEquals(firstId + 1, secondIdAndWait[0]);
            assertTrue(secondIdAndWait[1] >= HELD_MILLIS / 2, "the second writer waited for the first's commit ("
                    + secondIdAndWait[1] + " ms)");
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void aRolledBackIdIsGivenAgainSoTheFeedHasNoGaps() {
        long before = QuarkusTransaction.requiringNew().call(events::latest);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            events.append(created("ordering-rolled-back"));
            throw new IllegalStateException("the change fails after its event was written");
        }));
        long next = QuarkusTransaction.requiringNew().call(() -> {
            ChangeEvent event = created("ordering-after-rollback");
            events.append(event);
            return event.id;
        });
        assertEquals(before + 1, next);
        assertEquals(next, QuarkusTransaction.requiringNew().call(events::latest));
    }
}
