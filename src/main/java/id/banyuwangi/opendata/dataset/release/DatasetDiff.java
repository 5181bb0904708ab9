package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.paging.Slice;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

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

    /**
     * One page of changes merged from the two sides of a diff, each read in key order after the same position and
     * cut at {@code limit + 1} rows.
     *
     * @param changes     the changes, in key order
     * @param more        whether changes follow this page
     * @param lastSortKey the sort key of the last change, where the next page starts; null when there is none
     */
    record Page(List<Change> changes, boolean more, String lastSortKey) {
    }

    /**
     * Pairs the records that left ({@code leaving}) and entered ({@code entering}) by key into at most {@code limit}
     * changes: a key on both sides changed, on one side only it was removed or added. A side that filled its fetch
     * ({@code limit + 1} rows) may have a partner of its last keys on its next page, so only keys up to the smallest
     * such last key are complete, and the page ends there.
     */
    static Page page(List<DatasetRecord> leaving, List<DatasetRecord> entering, int limit) {
        TreeMap<String, DatasetRecord[]> byKey = new TreeMap<>();
        leaving.forEach(r -> byKey.computeIfAbsent(r.sortKey, k -> new DatasetRecord[2])[0] = r);
        entering.forEach(r -> byKey.computeIfAbsent(r.sortKey, k -> new DatasetRecord[2])[1] = r);
        String bound = null;
        for (List<DatasetRecord> side : List.of(entering, leaving)) {
            if (side.size() == limit + 1) {
                String last = side.get(side.size() - 1).sortKey;
                bound = bound == null || last.compareTo(bound) < 0 ? last : bound;
            }
        }
        String complete = bound;
        List<String> keys = byKey.keySet().stream().filter(k -> complete == null || k.compareTo(complete) <= 0)
                .limit(limit).toList();
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            DatasetRecord before = byKey.get(key)[0];
            DatasetRecord now = byKey.get(key)[1];
            Kind kind = before == null ? Kind.ADDED : now == null ? Kind.REMOVED : Kind.CHANGED;
            changes.add(new Change((now != null ? now : before).recordKey, kind, before, now));
        }
        boolean more = byKey.size() > keys.size() && !keys.isEmpty();
        return new Page(changes, more, keys.isEmpty() ? null : keys.get(keys.size() - 1));
    }
}
