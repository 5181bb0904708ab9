package id.banyuwangi.opendata.indicator;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Conditions over observations, written once for the two languages that read them: HQL over {@link Observation}
 * (pages and summaries, with named parameters) and SQL over its table (downloads, read by JDBC without an entity per
 * row, with positional ones). Conditions name properties and alias through {@link #column}; values always go
 * through {@link #bind}, never into the text.
 */
abstract sealed class ObservationConditions {

    private final List<String> where = new ArrayList<>();

    /** Conditions for HQL, whose parameters go into {@code params}. */
    static Hql hql(Map<String, Object> params) {
        return new Hql(params);
    }

    /** Conditions for SQL over the {@code observation} table. */
    static Sql sql() {
        return new Sql();
    }

    /** The property of the observation under {@code alias}, in this language. */
    abstract String column(String alias, String property);

    /** What the observations are read from, in this language. */
    abstract String table();

    /** Binds a value (a collection: for {@code in}) and returns where it goes in the text. */
    abstract String bind(Object value);

    /** Adds a condition. */
    void add(String condition) {
        where.add(condition);
    }

    /** The conditions joined by {@code and} (there is always one: which release holds the rows). */
    String joined() {
        return String.join(" and ", where);
    }

    /** The conditions, to be joined with others of a page's query. */
    List<String> list() {
        return Collections.unmodifiableList(where);
    }

    /** HQL: properties as they are, named parameters. */
    static final class Hql extends ObservationConditions {
        private final Map<String, Object> params;

        private Hql(Map<String, Object> params) {
            this.params = params;
        }

        @Override
        String column(String alias, String property) {
            return alias + "." + property;
        }

        @Override
        String table() {
            return "Observation";
        }

        @Override
        String bind(Object value) {
            String name = "c" + params.size();
            params.put(name, value);
            return ":" + name;
        }
    }

    /** SQL: the columns of the {@code observation} table, positional parameters bound by {@link #bindTo}. */
    static final class Sql extends ObservationConditions {
        private static final Map<String, String> COLUMNS = Map.ofEntries(
                Map.entry("indicatorCode", "indicator_code"), Map.entry("areaCode", "area_code"),
                Map.entry("areaLevel", "area_level"), Map.entry("districtCode", "district_code"),
                Map.entry("period", "period"), Map.entry("periodStart", "period_start"),
                Map.entry("periodEnd", "period_end"), Map.entry("status", "status"),
                Map.entry("datasetId", "dataset_id"), Map.entry("firstVersion", "first_version"),
                Map.entry("lastVersion", "last_version"));

        private final List<Object> values = new ArrayList<>();

        private Sql() {
        }

        @Override
        String column(String alias, String property) {
            String column = COLUMNS.get(property);
            if (column == null) {
                throw new IllegalArgumentException("no column for the observation property " + property);
            }
            return alias + "." + column;
        }

        @Override
        String table() {
            return "observation";
        }

        @Override
        String bind(Object value) {
            if (value instanceof Collection<?> many) {
                List<String> marks = new ArrayList<>(many.size());
                many.forEach(v -> marks.add(bind(v)));
                return "(" + String.join(", ", marks) + ")";
            }
            // the table keeps enums by name, as the entity maps them
            values.add(value instanceof Enum<?> constant ? constant.name() : value);
            return "?";
        }

        /** Binds the values, in the order they were bound, to the statement's parameters from the first. */
        void bindTo(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
        }
    }
}
