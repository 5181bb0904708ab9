package id.banyuwangi.opendata.common.paging;

import java.util.List;

/**
 * One page to fetch: how many rows, in which order, and after which row (null for the first page).
 *
 * @param limit the number of rows to return
 * @param order the sort order
 * @param after the sort values of the last row of the previous page: the field's value then the key's value
 *              (one value when sorting by the key), or null on the first page
 * @param <E>   the row type
 */
public record PageRequest<E>(int limit, Sort.Order<E> order, List<Object> after) {
}
