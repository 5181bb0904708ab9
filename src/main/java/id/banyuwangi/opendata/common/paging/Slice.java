package id.banyuwangi.opendata.common.paging;

import java.util.List;
import java.util.function.Function;

/**
 * The rows of one page, the limit it was fetched with, and the cursor of the next page (null on the last page).
 *
 * @param <T> the row type
 */
public record Slice<T>(List<T> items, int limit, String nextCursor) {

    /** The same page with each row mapped. */
    public <R> Slice<R> map(Function<? super T, ? extends R> mapper) {
        return new Slice<>(items.stream().<R>map(mapper).toList(), limit, nextCursor);
    }
}
