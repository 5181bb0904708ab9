package id.banyuwangi.opendata.common.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** The loop under rounds that find more work, none, or fail; its poll interval is an hour, so only wakes run it. */
class RoundLoopTest {

    private static final Duration HOUR = Duration.ofHours(1);

    private static RoundLoop loop(BooleanSupplier round) {
        return new RoundLoop("round-loop-test", HOUR, round, Logger.getLogger(RoundLoopTest.class), "failed: %s",
                "recovered");
    }

    @Test
    void aWakeRunsARoundAndARoundWithMoreWorkIsFollowedAtOnce() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch four = new CountDownLatch(4);
        RoundLoop loop = loop(() -> {
            four.countDown();
            return rounds.incrementAndGet() < 4;
        });
        loop.start();
        loop.wake();
        try {
            assertTrue(four.await(10, TimeUnit.SECONDS), "one wake, then three rounds that each left more to do");
            Thread.sleep(200);
            assertEquals(4, rounds.get(), "the round that found nothing more waits for the next wake");
        } finally {
            loop.stop();
        }
    }

    @Test
    void aFailingRoundDoesNotEndTheLoop() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(2);
        RoundLoop loop = loop(() -> {
            second.countDown();
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is down");
            }
            return false;
        });
        loop.start();
        loop.wake();
        try {
            for (int i = 0; i < 100 && second.getCount() > 0; i++) {
                loop.wake();
                Thread.sleep(50);
            }
            assertEquals(0, second.getCount(), "a round ran after the one that threw");
        } finally {
            loop.stop();
        }
    }

    @Test
    void aStoppedLoopRunsNoMoreRounds() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        RoundLoop loop = loop(() -> {
            rounds.incrementAndGet();
            first.countDown();
            return false;
        });
        loop.start();
        loop.wake();
        assertTrue(first.await(10, TimeUnit.SECONDS));
        loop.stop();
        Thread.sleep(100);
        int after = rounds.get();
        loop.wake();
        Thread.sleep(200);
        assertEquals(after, rounds.get());
    }
}
