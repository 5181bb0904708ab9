package id.banyuwangi.opendata.dataset.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge of a diff's two sides into pages of added, removed and changed records. */
class DatasetDiffTest {

    private static DatasetRecord record(String key, String value) {
        return new DatasetRecord(key, RowChecker.sortKey(key), null, value, new String[] {key, value});
    }

    private static List<DatasetRecord> records(String... keys) {
        return Arrays.stream(keys).map(k -> record(k, "v")).toList();
    }

    @Test
    void aKeyOnBothSidesChangedOnOneSideItWasAddedOrRemoved() {
        DatasetDiff.Page page = DatasetDiff.page(List.of(record("a", "old"), record("b", "gone")),
                List.of(record("a", "new"), record("c", "added")), 10);
        assertEquals(List.of("a", "b", "c"), page.changes().stream().map(DatasetDiff.Change::key).toList());
        assertEquals(List.of(DatasetDiff.Kind.CHANGED, DatasetDiff.Kind.REMOVED, DatasetDiff.Kind.ADDED),
                page.changes().stream().map(DatasetDiff.Change::kind).toList());
        assertEquals("old", page.changes().get(0).before().text(2));
        assertEquals("new", page.changes().get(0).after().text(2));
        assertFalse(page.more());
    }

    @Test
    void aPageEndsWhereASideThatFilledItsFetchMayContinue() {
        // limit 2: the leaving side fetched 3 rows (a, b, c) and may go on after c; the entering side ended at d,
        // so d's partner could be on the leaving side's next page and the page stops at the last complete key.
        DatasetDiff.Page page = DatasetDiff.page(records("a", "b", "c"), records("d"), 2);
        assertEquals(List.of("a", "b"), page.changes().stream().map(DatasetDiff.Change::key).toList());
        assertTrue(page.more());
        assertEquals(RowChecker.sortKey("b"), page.lastSortKey());
    }

    @Test
    void keysPastTheBoundWaitForTheNextPage() {
        // limit 3: entering filled its fetch (4 rows) at "d"; "e" of the leaving side lies past it.
        DatasetDiff.Page page = DatasetDiff.page(records("b", "e"), records("a", "b", "c", "d"), 3);
        assertEquals(List.of("a", "b", "c"), page.changes().stream().map(DatasetDiff.Change::key).toList());
        assertTrue(page.more());
    }

    @Test
    void anEmptyDiffHasNoNextPage() {
        DatasetDiff.Page page = DatasetDiff.page(List.of(), List.of(), 5);
        assertTrue(page.changes().isEmpty());
        assertFalse(page.more());
        assertNull(page.lastSortKey());
    }
}
