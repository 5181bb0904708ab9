package id.banyuwangi.opendata;

import id.banyuwangi.opendata.common.seed.SeedCheck;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The command line. Without arguments it runs the service. {@code --check-seed DIR} checks a regency's seed folder
 * without serving anything: it loads the folder into a throw-away in-memory database with every check the first
 * start applies, logs what it loaded, or the file, line and reason of the first fault, and exits 0 or 1.
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
            Quarkus.run(args);
        }
    }
}
