package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * One record of a dataset as read from or written to its records table: the canonical text of each column of the
 * Table Schema ({@code ""} when empty), the geometry, and the key that identifies and orders it. Not an entity:
 * each dataset has a table of its own ({@link RecordTable}).
 */
public final class DatasetRecord {

    /** The primary key values, joined by {@code |}. */
    public final String recordKey;
    /** Hex of the key's UTF-8 bytes: orders rows the same way on every database. */
    public final String sortKey;
    /** RFC 7946 geometry as JSON text, for datasets with a geojson field; null otherwise. */
    public final String geometry;
    /** The words of the values, lowercase and separated by spaces, for {@code q}. */
    public final String searchText;
    private final String[] values;

    DatasetRecord(String recordKey, String sortKey, String geometry, String searchText, String[] values) {
        this.recordKey = recordKey;
        this.sortKey = sortKey;
        this.geometry = geometry;
        this.searchText = searchText;
        this.values = values;
    }

    /** The text of column {@code position} (1-based, as {@link TableSchema#slot}), {@code ""} when empty. */
    public String text(int position) {
        return values[position - 1];
    }

    /** The number of column {@code position} (1-based), null when empty. */
    public BigDecimal number(int position) {
        String text = text(position);
        return text.isEmpty() ? null : new BigDecimal(text);
    }

    /** Whether both records hold the same values and geometry. */
    boolean sameContent(DatasetRecord other) {
        return Arrays.equals(values, other.values) && Objects.equals(geometry, other.geometry);
    }
}
