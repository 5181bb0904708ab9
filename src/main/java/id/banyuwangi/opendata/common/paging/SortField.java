package id.banyuwangi.opendata.common.paging;

import java.util.function.Function;

/**
 * A field a list can be sorted on: its public name, the query path it sorts by, and how to read its value from a
 * result row (for the cursor). Sort fields must be non-null so that keyset paging sees every row exactly once.
 *
 * @param name   public (snake_case) field name, as in JSON, CSV and the {@code sort} parameter
 * @param path   the HQL path of the attribute, relative to the query's root alias
 * @param type   Java type of the attribute, used to read cursor values back
 * @param reader reads the value from a result row
 * @param <E>    the row type
 */
public record SortField<E>(String name, String path, Class<?> type, Function<E, ?> reader) {
}
