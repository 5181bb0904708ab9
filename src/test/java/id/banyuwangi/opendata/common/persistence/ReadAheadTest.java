package id.banyuwangi.opendata.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReadAheadTest {

    private static final int MOST_AHEAD = (ReadAhead.BATCHES_AHEAD + 2) * ReadAhead.BATCH;

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stopExecutor() throws InterruptedException {
        executor.shutdownNow();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void everyRowArrivesInTheOrderItWasRead() {
        List<Integer> received = new ArrayList<>();
        ReadAhead.<Integer>run(executor, rows -> IntStream.range(0, 10_500).forEach(rows::accept), received::add);
        assertEquals(IntStream.range(0, 10_500).boxed().toList(), received);
    }

    @Test
    void noRowsIsNoCall() {
        List<Integer> received = new ArrayList<>();
        ReadAhead.<Integer>run(executor, rows -> { }, received::add);
        assertEquals(List.of(), received);
    }

    @Test
    void aFailingReaderFailsTheCallerAfterTheBatchesHandedOverBeforeIt() {
        List<Integer> received = new ArrayList<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ReadAhead.<Integer>run(
                executor, rows -> {
                    IntStream.range(0, 2_500).forEach(rows::accept);
                    throw new IllegalStateException("the database went away");
                }, received::add));
        assertEquals("the database went away", thrown.getMessage());
        assertEquals(IntStream.range(0, 2_000).boxed().toList(), received);
    }

    @Test
    void aConsumerThatStopsStopsAReaderThatWouldNeverEnd() {
        AtomicInteger read = new AtomicInteger();
        AtomicReference<RuntimeException> readerEnd = new AtomicReference<>();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ReadAhead.<Integer>run(
                executor, rows -> {
                    try {
                        while (true) {
                            rows.accept(read.incrementAndGet());
                        }
                    } catch (RuntimeException e) {
                        readerEnd.set(e);
                        throw e;
                    }
                }, row -> {
                    if (row == 10) {
                        throw new IllegalStateException("the client went away");
                    }
                }));
        assertEquals("the client went away", thrown.getMessage());
        // the caller returns only once the reader has ended, and the reader ended because the consumer stopped: at
        // its next hand-over, having read one batch more at most
        assertInstanceOf(CancellationException.class, readerEnd.get());
        assertTrue(read.get() <= MOST_AHEAD + ReadAhead.BATCH + 1, read.get() + " rows read");
    }

    @Test
    void theReaderRunsAheadOfASlowConsumerByAFewBatchesAtMost() {
        AtomicInteger read = new AtomicInteger();
        AtomicInteger mostAhead = new AtomicInteger();
        ReadAhead.<Integer>run(executor, rows -> IntStream.range(0, 20_000).forEach(i -> {
            read.incrementAndGet();
            rows.accept(i);
        }), row -> {
            if (row == 0) {
                awaitReaderBlocked(read);
            }
            mostAhead.accumulateAndGet(read.get() - row, Math::max);
        });
        assertTrue(mostAhead.get() >= ReadAhead.BATCHES_AHEAD * ReadAhead.BATCH, mostAhead + " rows ahead");
        assertTrue(mostAhead.get() <= MOST_AHEAD, mostAhead + " rows ahead");
    }

    /** Waits until the reader has stopped reading (it waits for room), for five seconds at most. */
    private static void awaitReaderBlocked(AtomicInteger read) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int before = -1;
        while (System.nanoTime() < deadline && read.get() != before) {
            before = read.get();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
