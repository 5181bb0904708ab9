package id.banyuwangi.opendata.common.paging;

/**
 * The raw paging parameters of a list request, as the client sent them (each may be null).
 *
 * @param limit  the {@code limit} parameter
 * @param cursor the {@code cursor} parameter
 * @param sort   the {@code sort} parameter
 */
public record PageParameters(String limit, String cursor, String sort) {
}
