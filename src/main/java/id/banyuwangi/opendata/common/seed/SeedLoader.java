package id.banyuwangi.opendata.common.seed;

import java.util.List;

/** One set of seed data a feature loads on first start; {@link SeedService} runs each exactly once. */
public interface SeedLoader {

    /** A stable name that records that this set was loaded, e.g. {@code regions}. */
    String name();

    /** The files under {@code data-seed/} this loader reads; their checksum is recorded with the load. */
    List<String> files();

    /** Loaders run in ascending order, so that a set can refer to rows an earlier one loaded. */
    int order();

    /**
     * Validates and inserts the set. Runs inside the transaction that records the load, so a failure leaves
     * nothing behind. Throws {@link SeedException} when the data is inconsistent.
     */
    void load(SeedFiles files);
}
