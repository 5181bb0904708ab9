package id.banyuwangi.opendata.common.seed;

/** Seed data that fails a consistency check; the load is refused and rolled back. */
public class SeedException extends RuntimeException {

    public SeedException(String message) {
        super(message);
    }

    public SeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
