package id.banyuwangi.opendata;

import id.banyuwangi.opendata.common.persistence.ActiveDatabase;
import id.banyuwangi.opendata.common.seed.SeedCheck;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.sql.SQLException;

/**
 * The command line. Without arguments it runs the service until it is stopped; a start that fails (a database that
 * cannot be reached, an unknown {@code OPENDATA_DB_KIND}, a seed that is refused) ends with one line saying why and
 * exit code 1, not a stack trace.
 * {@code --check-seed DIR} checks a regency's seed folder without serving anything: it loads the folder into a
 * throw-away in-memory database with every check the first start applies, logs what it loaded, or the file, line and
 * reason of the first fault, and exits 0 or 1.
 */
@QuarkusMain
public final class Main {

    public static void main(String... args) {
        // A request URI that cannot be decoded then reaches the router and gets a problem document, not an empty 400.
        System.setProperty("vertx.disableURIValidation", "true");
        if (args.length > 0 && args[0].equals(SeedCheck.OPTION)) {
            if (args.length != 2) {
                System.err.println("usage: java -jar target/quarkus-app/quarkus-run.jar " + SeedCheck.OPTION
                        + " <seed folder>");
                System.exit(2);
            }
            SeedCheck.configure(args[1]);
            Quarkus.run(SeedCheck.class, args);
        } else {
            Quarkus.run(Service.class, Main::exit, args);
        }
    }

    /** The service: serves until SIGTERM (or SIGINT). */
    public static class Service implements QuarkusApplication {
        @Override
        public int run(String... args) {
            Quarkus.waitForExit();
            return 0;
        }
    }

    /** Ends the JVM; a failed start is told in one line: what failed, in the words of the database or the seed. */
    static void exit(int code, Throwable failure) {
        if (failure == null) {
            System.exit(code);
        }
        System.err.println("The service did not start: " + reason(failure));
        System.exit(1);
    }

    /**
     * The most telling message of a failure: an unknown database kind, the database's own, else the innermost
     * cause's.
     */
    static String reason(Throwable failure) {
        Throwable innermost = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ActiveDatabase.UnknownKind unknown) {
                return unknown.getMessage();
            }
            if (t instanceof SQLException sql) {
                return "the database refused or could not be reached (OPENDATA_DB_URL, OPENDATA_DB_USER,"
                        + " OPENDATA_DB_PASSWORD): " + sql.getMessage();
            }
            innermost = t;
        }
        return innermost.getClass().getSimpleName() + ": " + innermost.getMessage();
    }
}
