package id.banyuwangi.opendata.common.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Rows read on one thread and consumed on another, in order, with at most {@value #BATCHES_AHEAD} batches of
 * {@value #BATCH} rows in between: the reading runs ahead of the consumer but never by more than that, so memory
 * stays constant however many rows there are.
 */
final class ReadAhead {

    static final int BATCH = 1000;
    static final int BATCHES_AHEAD = 4;

    private static final long HAND_OVER_POLL_MS = 100;
    private static final Object END = new Object();

    private ReadAhead() {
    }

    /**
     * Runs {@code reader} on a thread of {@code executor} and hands each row it reads to {@code consumer} on the
     * caller's thread. When the consumer throws, the reader stops at its next hand-over (its own call then throws
     * {@link CancellationException}) and the consumer's exception is thrown once the reader has ended; when the
     * reader throws, the caller throws its exception after the batches handed over before it.
     */
    static <T> void run(Executor executor, Consumer<Consumer<T>> reader, Consumer<T> consumer) {
        Handover<T> handover = new Handover<>();
        FutureTask<Void> reading = new FutureTask<>(() -> handover.produce(() -> reader.accept(handover)), null);
        executor.execute(reading);
        try {
            handover.consume(consumer);
        } finally {
            handover.stop();
            awaitEnd(reading);
        }
    }

    private static void awaitEnd(FutureTask<Void> reading) {
        try {
            reading.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the reader of a download failed outside its reading", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rows read ahead, in batches, between the thread that reads them and the one that consumes them. */
    private static final class Handover<T> implements Consumer<T> {
        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        private volatile boolean stopped;
        private List<T> batch = new ArrayList<>(BATCH);

        /** On the reader's thread: a row read. */
        @Override
        public void accept(T row) {
            batch.add(row);
            if (batch.size() == BATCH) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        /** On the reader's thread: reads, then hands over the last rows and the end, or the reader's failure. */
        void produce(Runnable read) {
            Object last = END;
            try {
                read.run();
                hand(batch);
            } catch (RuntimeException | Error e) {
                last = e;
            }
            try {
                hand(last);
            } catch (CancellationException e) {
                // the consumer stopped first: nobody waits for the end
            }
        }

        /** On the consumer's thread: every row handed over, in order, until the end. */
        void consume(Consumer<T> consumer) {
            for (Object next = take(); next != END; next = take()) {
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                if (next instanceof Error e) {
                    throw e;
                }
                @SuppressWarnings("unchecked")
                List<T> rows = (List<T>) next;
                rows.forEach(consumer);
            }
        }

        /** On the consumer's thread, once it is done: the reader stops at its next hand-over. */
        void stop() {
            stopped = true;
            queue.clear();
        }

        private void hand(Object item) {
            try {
                do {
                    if (stopped) {
                        throw new CancellationException("the consumer of the rows stopped");
                    }
                } while (!queue.offer(item, HAND_OVER_POLL_MS, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while handing rows over");
            }
        }

        private Object take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for rows");
            }
        }
    }

}
