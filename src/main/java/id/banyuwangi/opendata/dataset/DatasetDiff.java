package id.banyuwangi.opendata.dataset;

import id.banyuwangi.opendata.common.paging.Slice;

/**
 * What changed between two versions, one page of records in key order.
 *
 * @param from    the older version
 * @param to      the newer version
 * @param changes the changed records of this page, with the cursor of the next
 */
public record DatasetDiff(int from, int to, Slice<Change> changes) {

    /** How a record changed. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One changed record.
     *
     * @param key    the record key
     * @param kind   added, removed or changed
     * @param before the record in the older version, null when added
     * @param after  the record in the newer version, null when removed
     */
    public record Change(String key, Kind kind, DatasetRecord before, DatasetRecord after) {
    }
}
