package id.banyuwangi.opendata.dataset.release;

import java.util.function.Consumer;

/**
 * A version being published, as its projections see it inside the publishing transaction: the records that left
 * the dataset with it (removed, or the earlier values of changed records) and those that entered it (added, or the
 * new values of changed records), each streamed from the version indexes in no particular order.
 */
public final class Release {

    private final String datasetId;
    private final int version;
    private final RecordTable table;
    private final DatasetRecordRepository records;

    Release(String datasetId, int version, RecordTable table, DatasetRecordRepository records) {
        this.datasetId = datasetId;
        this.version = version;
        this.table = table;
        this.records = records;
    }

    /** The dataset. */
    public String datasetId() {
        return datasetId;
    }

    /** The number of the version published. */
    public int version() {
        return version;
    }

    /** Hands each record that left the dataset with this version to {@code consumer}. */
    public void left(Consumer<ReleaseRow> consumer) {
        each(false, consumer);
    }

    /** Hands each record that entered the dataset with this version to {@code consumer}. */
    public void entered(Consumer<ReleaseRow> consumer) {
        each(true, consumer);
    }

    private void each(boolean entering, Consumer<ReleaseRow> consumer) {
        records.forEachChanged(table, version, entering, r -> consumer.accept(new ReleaseRow(table.schema(), r)));
    }
}
