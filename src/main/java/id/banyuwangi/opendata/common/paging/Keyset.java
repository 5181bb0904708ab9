package id.banyuwangi.opendata.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the HQL of keyset paging: the predicate that starts after the previous page's last row, and the
 * matching {@code order by}. Values are bound as parameters, never concatenated.
 */
public final class Keyset {

    private static final String FIELD_PARAM = "keysetField";
    private static final String KEY_PARAM = "keysetKey";

    private Keyset() {
    }

    /**
     * Adds the "after the cursor" predicate to {@code where} (a list of HQL conditions joined by {@code and}) and
     * its parameters, if the request has a cursor.
     */
    private static <E> void after(PageRequest<E> page, String alias, List<String> where, Map<String, Object> params) {
        if (page.after() == null) {
            return;
        }
        Sort.Order<E> order = page.order();
        String field = alias + "." + order.field().path();
        String comparison = order.descending() ? " < :" : " > :";
        if (order.byKey()) {
            where.add(field + comparison + FIELD_PARAM);
            params.put(FIELD_PARAM, page.after().get(0));
            return;
        }
        String key = alias + "." + order.key().path();
        where.add("(" + field + comparison + FIELD_PARAM + " or (" + field + " = :" + FIELD_PARAM + " and " + key
                + " > :" + KEY_PARAM + "))");
        params.put(FIELD_PARAM, page.after().get(0));
        params.put(KEY_PARAM, page.after().get(1));
    }

    /**
     * The HQL of one page: {@code from} (e.g. {@code from Village v}), the conditions in {@code where} and the
     * keyset predicate joined by {@code and}, then the order. The keyset parameters are added to {@code params}.
     */
    public static <E> String query(String from, String alias, List<String> where, Map<String, Object> params,
            PageRequest<E> page) {
        List<String> all = new ArrayList<>(where);
        after(page, alias, all, params);
        return from + (all.isEmpty() ? "" : " where " + String.join(" and ", all)) + orderBy(page, alias);
    }

    private static <E> String orderBy(PageRequest<E> page, String alias) {
        Sort.Order<E> order = page.order();
        String field = alias + "." + order.field().path() + (order.descending() ? " desc" : " asc");
        return " order by " + field + (order.byKey() ? "" : ", " + alias + "." + order.key().path() + " asc");
    }
}
