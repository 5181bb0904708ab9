package id.banyuwangi.opendata.common.persistence;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The read transaction of a whole download streamed from the database. It stays open while the rows go out, so at
 * the pace of the client and the machine: a million rows to a slow client take minutes, far past the 60 s after which
 * the transaction manager ends any other transaction (and cuts the download short). Its bound is
 * {@code opendata.http.export-timeout}.
 */
@ApplicationScoped
public class LongReads {

    private final int timeoutSeconds;
    private final AtomicInteger readerNumber = new AtomicInteger();
    private final ExecutorService readers = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "read-ahead-" + readerNumber.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    LongReads(OpenDataConfig config) {
        this.timeoutSeconds = Math.toIntExact(config.http().exportTimeout().toSeconds());
    }

    /** Runs {@code work} in the current transaction, or in a new one with the export bound when there is none. */
    public void run(Runnable work) {
        QuarkusTransaction.joiningExisting().timeout(timeoutSeconds).run(work);
    }

    /**
     * Hands each row that {@code reader} reads to {@code consumer}, on the caller's thread, while the reading goes on
     * ahead in a read transaction of its own (as {@link #run}) on a thread of its own: the database's work and the
     * driver's decoding overlap with what the consumer does with each row (encoding it for a client), and at most a
     * few batches of rows wait in between, so memory stays constant. When the consumer throws (the client went away),
     * the reading stops; when the reading fails, the consumer's thread throws its exception.
     */
    public <T> void readAhead(Consumer<Consumer<T>> reader, Consumer<T> consumer) {
        ReadAhead.run(readers, rows -> run(() -> reader.accept(rows)), consumer);
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }
}
