package id.banyuwangi.opendata.common.paging;

import id.banyuwangi.opendata.common.error.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sort fields one list offers, the default order, and the unique key that breaks ties; parses the
 * {@code sort} parameter ({@code name} ascending, {@code -name} descending).
 *
 * @param <E> the row type
 */
public final class Sort<E> {

    private final Map<String, SortField<E>> fields = new LinkedHashMap<>();
    private final SortField<E> key;

    /** @param key the unique identifier of a row, the default sort and the tie-breaker of every other sort */
    public Sort(SortField<E> key, List<SortField<E>> others) {
        this.key = key;
        fields.put(key.name(), key);
        others.forEach(f -> fields.put(f.name(), f));
    }

    /** The documented names, for error messages and the OpenAPI description. */
    public String names() {
        return String.join(", ", fieldNames());
    }

    /** The names of the fields a request may sort by, the key first. */
    public List<String> fieldNames() {
        return List.copyOf(fields.keySet());
    }

    /** Parses a {@code sort} value; null means the default order (by key, ascending). */
    public Order<E> parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return new Order<>(key, false, key);
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        SortField<E> field = fields.get(name);
        if (field == null) {
            throw ApiException.invalidParameter("sort",
                    "names an unknown field '" + name + "'; sortable fields are " + names()
                            + " (prefix with - for descending)");
        }
        return new Order<>(field, descending, key);
    }

    /**
     * One chosen order: a field, its direction, and the key that breaks ties (always ascending).
     *
     * @param <E> the row type
     */
    public record Order<E>(SortField<E> field, boolean descending, SortField<E> key) {

        /** The canonical text of this order, as the {@code sort} parameter writes it. */
        public String text() {
            return (descending ? "-" : "") + field.name();
        }

        /** Whether the field is the unique key itself, so that no tie-breaker is needed. */
        public boolean byKey() {
            return field.equals(key);
        }
    }
}
