package id.banyuwangi.opendata.dataset.release;

import java.util.List;
import java.util.function.Consumer;

/**
 * A version being published, as its projections see it inside the publishing transaction: the records that left
 * the dataset with it (removed, or the earlier values of changed records) and those that entered it (added, or the
 * new values of changed records), each in key order and read in pages.
 */
public final class Release {

    private static final int PAGE = 1000;

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
        String after = null;
        List<DatasetRecord> page;
        do {
            page = records.changed(table, version - 1, version, entering, after, PAGE);
            page.forEach(r -> consumer.accept(new ReleaseRow(table.schema(), r)));
            after = page.isEmpty() ? null : page.get(page.size() - 1).sortKey;
        } while (page.size() == PAGE);
    }
}
