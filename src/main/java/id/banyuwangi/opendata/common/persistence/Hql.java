package id.banyuwangi.opendata.common.persistence;

import java.util.Locale;

/**
 * Expands the shorthand queries of {@link EntityRepository} into HQL: a full query stays as it is; {@code order by
 * ...} and a condition get {@code from Entity} (and {@code where}) in front; a bare property name with one
 * parameter becomes {@code property = ?1}.
 */
final class Hql {

    private Hql() {
    }

    /** The select query of {@code query} on {@code entity}; "" selects every row. */
    static String select(String entity, String query, int paramCount) {
        String q = query.strip();
        String lower = q.toLowerCase(Locale.ROOT);
        if (lower.startsWith("from ") || lower.startsWith("select ")) {
            return q;
        }
        if (q.isEmpty() || lower.startsWith("order by ")) {
            return ("from " + entity + " " + q).strip();
        }
        return "from " + entity + " where " + condition(q, paramCount);
    }

    /** The bulk update of {@code query}: {@code set ...} or its assignments, with their {@code where}. */
    static String update(String entity, String query) {
        String q = query.strip();
        String lower = q.toLowerCase(Locale.ROOT);
        if (lower.startsWith("update ")) {
            return q;
        }
        return "update " + entity + (lower.startsWith("set ") ? " " : " set ") + q;
    }

    /** The bulk delete of the rows {@code query} chooses. */
    static String delete(String entity, String query, int paramCount) {
        String q = query.strip();
        String lower = q.toLowerCase(Locale.ROOT);
        if (lower.startsWith("delete ")) {
            return q;
        }
        if (lower.startsWith("from ")) {
            return "delete " + q;
        }
        return "delete from " + entity + (q.isEmpty() ? "" : " where " + condition(q, paramCount));
    }

    private static String condition(String q, int paramCount) {
        boolean property = q.indexOf(' ') < 0 && q.indexOf('=') < 0;
        return property && paramCount == 1 ? q + " = ?1" : q;
    }
}
