package id.banyuwangi.opendata.common.seed;

import java.util.List;

/** One set of seed data a feature loads on first start; {@link SeedService} runs each exactly once. */
public abstract class SeedLoader {

    private final String name;
    private final int order;
    private final List<String> files;

    /**
     * @param name  a stable name that records that this set was loaded, e.g. {@code regions}
     * @param order loaders run in ascending order, so that a set can refer to rows an earlier one loaded
     * @param files the files under {@code data-seed/} this loader reads; their checksum is recorded with the load
     */
    protected SeedLoader(String name, int order, List<String> files) {
        this.name = name;
        this.order = order;
        this.files = List.copyOf(files);
    }

    /** The name that records that this set was loaded. */
    public final String name() {
        return name;
    }

    /** The files this loader reads. */
    public final List<String> files() {
        return files;
    }

    /** The position of this loader among the others. */
    public final int order() {
        return order;
    }

    /**
     * Validates and inserts the set. Runs inside the transaction that records the load, so a failure leaves
     * nothing behind. Throws {@link SeedException} when the data is inconsistent.
     */
    public abstract void load(SeedFiles files);
}
