package id.banyuwangi.opendata.common.persistence;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The read transaction of a whole download streamed from the database. It stays open while the rows go out, so at
 * the pace of the client and the machine: a million rows to a slow client take minutes, far past the 60 s after which
 * the transaction manager ends any other transaction (and cuts the download short). Its bound is
 * {@code opendata.http.export-timeout}.
 */
@ApplicationScoped
public class LongReads {

    private final int timeoutSeconds;

    LongReads(OpenDataConfig config) {
        this.timeoutSeconds = Math.toIntExact(config.http().exportTimeout().toSeconds());
    }

    /** Runs {@code work} in the current transaction, or in a new one with the export bound when there is none. */
    public void run(Runnable work) {
        QuarkusTransaction.joiningExisting().timeout(timeoutSeconds).run(work);
    }
}
