package id.banyuwangi.opendata.common.background;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * A daemon thread that runs one round of work after another: at once again after a round that left more to do,
 * otherwise when {@link #wake woken} or after the poll interval. A round that throws is logged once, with
 * {@code failing} and the exception, and once more with {@code recovered} when a round succeeds again, so that an
 * outage of the database is two lines, not one per round.
 */
public final class RoundLoop {

    private final String name;
    private final long pollMillis;
    private final BooleanSupplier round;
    private final Logger log;
    private final String failing;
    private final String recovered;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private boolean failed;

    /**
     * @param name      the thread's name
     * @param poll      the longest wait between rounds
     * @param round     one round; returns whether more work is waiting
     * @param log       where the failure and the recovery are told
     * @param failing   the warning when a round fails, with {@code %s} for the exception
     * @param recovered the line when a round succeeds after one failed
     */
    public RoundLoop(String name, Duration poll, BooleanSupplier round, Logger log, String failing, String recovered) {
        this.name = name;
        this.pollMillis = poll.toMillis();
        this.round = round;
        this.log = log;
        this.failing = failing;
        this.recovered = recovered;
    }

    /** Starts the thread; its first round waits for a wake or the poll interval. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs a round as soon as the current one, if any, has ended. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Ends the loop after its current round. */
    public void stop() {
        running = false;
        wake();
    }

    private void run() {
        boolean more = false;
        while (running) {
            if (!more) {
                await();
            }
            more = false;
            try {
                more = round.getAsBoolean();
                if (failed) {
                    log.info(recovered);
                    failed = false;
                }
            } catch (RuntimeException e) {
                if (!failed) {
                    log.warnf(failing, e.toString());
                    failed = true;
                }
            }
        }
    }

    private void await() {
        synchronized (signal) {
            try {
                if (!woken) {
                    signal.wait(pollMillis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            woken = false;
        }
    }
}
