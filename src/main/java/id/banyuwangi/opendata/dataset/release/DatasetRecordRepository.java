package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.persistence.Jdbc;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Creates and drops the tables of datasets ({@link RecordTable}) and reads the records of published versions from
 * them: a version's rows are those whose version range covers it. Each page is one SQL statement whose rows go
 * straight into records, never entities; field names come from the Table Schema, values are bound.
 */
@ApplicationScoped
public class DatasetRecordRepository {

    private static final int FETCH_SIZE = 1000;

    private final EntityManager em;
    private final DataSource dataSource;
    private final OpenDataConfig config;

    public DatasetRecordRepository(EntityManager em, DataSource dataSource, OpenDataConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.config = config;
    }

    /**
     * Creates the records and staging tables of a new dataset with this schema and returns their name. PostgreSQL
     * creates them in the caller's transaction; H2 commits the open transaction on any DDL, so there they are
     * created in a transaction of their own first (a later rollback leaves two empty tables that nothing names).
     */
    public String create(String datasetId, TableSchema schema) {
        RecordTable table = RecordTable.of(RecordTable.newName(datasetId), schema);
        SqlDialect dialect = dialect();
        ddl(dialect, table.create(dialect));
        return table.name();
    }

    /**
     * Adds and drops the field indexes of a dataset's records table for a new schema its storage can follow, in
     * the caller's transaction on PostgreSQL and in one of its own on H2 (which commits on DDL).
     */
    public void reindex(RecordTable table, TableSchema next) {
        List<String> ddl = table.reindex(next);
        if (!ddl.isEmpty()) {
            ddl(dialect(), ddl);
        }
    }

    /** DDL in the caller's transaction on PostgreSQL, in one of its own on H2 (which commits on any DDL). */
    private void ddl(SqlDialect dialect, List<String> statements) {
        if (dialect == SqlDialect.H2) {
            QuarkusTransaction.requiringNew().run(() -> execute(statements));
        } else {
            execute(statements);
        }
    }

    /** The longest value of a field in a dataset's records, in UTF-8 bytes (0 when there is none). */
    public long longest(RecordTable table, TableSchema.Field field) {
        return Jdbc.work(em, connection -> {
            try (PreparedStatement query = connection.prepareStatement(table.longest(field));
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Drops the tables of this name, once no dataset names them any more. */
    public void drop(String name) {
        execute(RecordTable.drop(name));
    }

    private SqlDialect dialect() {
        return Jdbc.work(em, SqlDialect::of);
    }

    private void execute(List<String> statements) {
        Jdbc.work(em, connection -> {
            Jdbc.execute(connection, statements);
            return null;
        });
    }

    /** One page of a version's records matching the filter, plus one row (to tell whether there is a next page). */
    public List<DatasetRecord> page(RecordTable table, int version, RecordFilter filter,
            PageRequest<DatasetRecord> page) {
        return Jdbc.read(em, dataSource, connection -> {
            Select select = new Select(table, SqlDialect.of(connection), version, filter);
            Sort.Order<DatasetRecord> order = page.order();
            if (page.after() != null) {
                select.after(order, page.after());
            }
            return select.list(connection, order, 0, page.limit() + 1);
        });
    }

    /**
     * Records of a version matching the filter by position (for clients that page by offset, such as CKAN's
     * {@code datastore_search}), in the given order.
     */
    public List<DatasetRecord> slice(RecordTable table, int version, RecordFilter filter,
            Sort.Order<DatasetRecord> order, int offset, int limit) {
        return Jdbc.read(em, dataSource, connection -> new Select(table, SqlDialect.of(connection), version, filter)
                .list(connection, order, offset, limit));
    }

    /** How many records of a version match the filter. */
    public long count(RecordTable table, int version, RecordFilter filter) {
        return Jdbc.read(em, dataSource, connection -> {
            Select select = new Select(table, SqlDialect.of(connection), version, filter);
            try (PreparedStatement query = select.prepare(connection, "SELECT COUNT(*)", "")) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /** Hands every record of a version to {@code consumer} in key order, in constant memory. Needs a transaction. */
    public void forEachInVersion(RecordTable table, int version, Consumer<DatasetRecord> consumer) {
        stream(table, RecordTable.validIn() + " ORDER BY sort_key", List.of(version, version), consumer);
    }

    /**
     * Records in version {@code to} but not in {@code from} ({@code entering}) or the reverse, with a sort key after
     * {@code after} (null for the start), in key order, at most {@code limit}.
     */
    public List<DatasetRecord> changed(RecordTable table, int from, int to, boolean entering, String after,
            int limit) {
        String side = entering
                ? "first_version > ? AND first_version <= ? AND (last_version IS NULL OR last_version >= ?)"
                : "first_version <= ? AND last_version >= ? AND last_version < ?";
        return Jdbc.read(em, dataSource, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + table.valueColumns("") + " FROM "
                    + table.records() + " WHERE " + side + (after == null ? "" : " AND sort_key > ?")
                    + " ORDER BY sort_key LIMIT ?")) {
                int p = 1;
                query.setInt(p++, from);
                query.setInt(p++, entering ? to : from);
                query.setInt(p++, to);
                if (after != null) {
                    query.setString(p++, after);
                }
                query.setInt(p, limit);
                return read(table, query);
            }
        });
    }

    /**
     * Hands each record that entered the dataset with {@code version} ({@code entering}), or that left it then (its
     * last version is the one before), to {@code consumer}, in no particular order and in constant memory: one
     * lookup of the version index, for projections. Needs a transaction.
     */
    public void forEachChanged(RecordTable table, int version, boolean entering, Consumer<DatasetRecord> consumer) {
        stream(table, entering ? "first_version = ?" : "last_version = ?",
                List.of(entering ? version : version - 1), consumer);
    }

    /** Streams the records {@code where} selects (its parameters are versions) to {@code consumer}, in batches. */
    private void stream(RecordTable table, String where, List<Integer> versions, Consumer<DatasetRecord> consumer) {
        Jdbc.work(em, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + table.valueColumns("") + " FROM "
                    + table.records() + " WHERE " + where)) {
                for (int i = 0; i < versions.size(); i++) {
                    query.setInt(i + 1, versions.get(i));
                }
                query.setFetchSize(FETCH_SIZE);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        consumer.accept(table.read(rows, 1));
                    }
                }
            }
            return null;
        });
    }

    /** The record of a version with the sort key {@code sortKey}, if the version holds one. */
    public Optional<DatasetRecord> find(RecordTable table, int version, String sortKey) {
        return Jdbc.read(em, dataSource, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + table.valueColumns("") + " FROM "
                    + table.records() + " WHERE " + RecordTable.validIn() + " AND sort_key = ?")) {
                query.setInt(1, version);
                query.setInt(2, version);
                query.setString(3, sortKey);
                return read(table, query).stream().findFirst();
            }
        });
    }

    /** Whether the latest version holds a record with the sort key {@code sortKey}. */
    public boolean latestHas(RecordTable table, String sortKey) {
        return Jdbc.read(em, dataSource, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + table.records()
                    + " WHERE sort_key = ? AND last_version IS NULL")) {
                query.setString(1, sortKey);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next();
                }
            }
        });
    }

    /** Number of stored rows of a dataset, over all its versions. */
    public long stored(RecordTable table) {
        return Jdbc.read(em, dataSource, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table.records());
                    ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private static List<DatasetRecord> read(RecordTable table, PreparedStatement query) throws SQLException {
        List<DatasetRecord> records = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                records.add(table.read(rows, 1));
            }
        }
        return records;
    }

    /** A bound parameter. */
    private interface Binding {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    /** The conditions of one records query, as SQL with a binding for each parameter. */
    private final class Select {
        private final RecordTable table;
        private final List<String> where = new ArrayList<>();
        private final List<Binding> bindings = new ArrayList<>();

        Select(RecordTable table, SqlDialect dialect, int version, RecordFilter filter) {
            this.table = table;
            where.add(RecordTable.validIn());
            bindings.add((s, i) -> s.setInt(i, version));
            bindings.add((s, i) -> s.setInt(i, version));
            for (RecordFilter.Condition c : filter.conditions()) {
                condition(c);
            }
            keyPrefix(filter);
            if (!filter.words().isEmpty()) {
                words(dialect, filter.words());
            }
        }

        private void condition(RecordFilter.Condition c) {
            String column = RecordTable.column(c.field());
            switch (c.kind()) {
                case IN -> {
                    List<String> values = c.texts().stream().filter(t -> !t.isEmpty()).toList();
                    StringJoiner in = new StringJoiner(" OR ", "(", ")");
                    if (!values.isEmpty()) {
                        in.add(column + " IN (" + String.join(", ", values.stream().map(v -> "?").toList()) + ")");
                        values.forEach(v -> bindings.add((s, i) -> RecordTable.bindValue(s, i, c.field(), v)));
                    }
                    if (values.size() < c.texts().size()) {
                        in.add(column + " IS NULL");
                    }
                    where.add(in.toString());
                }
                case MIN -> bound(column + " >= ?", c);
                case MAX -> bound(column + " <= ?", c);
                default -> throw new IllegalStateException("unknown condition " + c.kind());
            }
        }

        /**
         * Where the filter gives the first fields of the primary key, the rows sought share the start of their sort
         * key, so the primary key's index serves the query as ranges (the conditions still hold as written): one
         * range per value of the first field, or one range for a run of leading fields with one value each. Not for
         * number fields, whose equal values may be written differently (1.5, 1.50). The sort key is hex, whose
         * characters 0-9a-f order the same in every collation, and {@code g} follows them all.
         */
        private void keyPrefix(RecordFilter filter) {
            List<String> key = table.schema().primaryKey();
            List<String> first = values(filter, key.get(0));
            if (first == null) {
                return;
            }
            List<String> prefixes = first;
            if (first.size() == 1) {
                List<String> fixed = new ArrayList<>(first);
                for (String next : key.subList(1, key.size())) {
                    List<String> values = values(filter, next);
                    if (values == null || values.size() > 1) {
                        break;
                    }
                    fixed.add(values.get(0));
                }
                prefixes = List.of(String.join("|", fixed));
                if (fixed.size() == key.size()) {
                    where.add("sort_key = ?");
                    String sortKey = RowChecker.sortKey(prefixes.get(0));
                    bindings.add((s, i) -> s.setString(i, sortKey));
                    return;
                }
            }
            StringJoiner ranges = new StringJoiner(" OR ", "(", ")");
            for (String prefix : prefixes) {
                String start = RowChecker.sortKey(prefix + (key.size() > 1 ? "|" : ""));
                if (key.size() == 1) {
                    ranges.add("sort_key = ?");
                    bindings.add((s, i) -> s.setString(i, start));
                } else {
                    ranges.add("(sort_key >= ? AND sort_key < ?)");
                    bindings.add((s, i) -> s.setString(i, start));
                    bindings.add((s, i) -> s.setString(i, start + "g"));
                }
            }
            where.add(ranges.toString());
        }

        /** The values an IN condition gives a key field, or null when it gives none that a sort key can use. */
        private static List<String> values(RecordFilter filter, String field) {
            return filter.conditions().stream()
                    .filter(c -> c.field().name().equals(field) && !c.field().type().equals("number")
                            && c.kind() == RecordFilter.Kind.IN && c.texts().stream().noneMatch(String::isEmpty))
                    .map(RecordFilter.Condition::texts).findFirst().orElse(null);
        }

        private void bound(String sql, RecordFilter.Condition c) {
            where.add(sql);
            bindings.add((s, i) -> RecordTable.bindValue(s, i, c.field(), c.bound()));
        }

        /** Each word starts a word of the record: PostgreSQL's text search (GIN), else a match on the words. */
        private void words(SqlDialect dialect, List<String> words) {
            if (dialect == SqlDialect.POSTGRESQL) {
                where.add(RecordTable.SEARCH_VECTOR + " @@ to_tsquery('simple', ?)");
                String query = String.join(" & ", words.stream().map(w -> w + ":*").toList());
                bindings.add((s, i) -> s.setString(i, query));
                return;
            }
            for (String word : words) {
                where.add("(' ' || search_text) LIKE ?");
                bindings.add((s, i) -> s.setString(i, "% " + word + "%"));
            }
        }

        /** Starts after the row whose sort values are {@code after} (keyset paging). */
        void after(Sort.Order<DatasetRecord> order, List<Object> after) {
            String comparison = order.descending() ? " < ?" : " > ?";
            if (order.byKey()) {
                where.add("sort_key" + comparison);
                bindings.add((s, i) -> s.setString(i, (String) after.get(0)));
                return;
            }
            TableSchema.Field field = field(order);
            String column = RecordTable.column(field);
            String value = after.get(0).toString();
            where.add("(" + column + comparison + " OR (" + column + " = ? AND sort_key > ?))");
            bindings.add((s, i) -> RecordTable.bindValue(s, i, field, value));
            bindings.add((s, i) -> RecordTable.bindValue(s, i, field, value));
            bindings.add((s, i) -> s.setString(i, (String) after.get(1)));
        }

        List<DatasetRecord> list(Connection connection, Sort.Order<DatasetRecord> order, int offset, int limit)
                throws SQLException {
            String direction = order.descending() ? " DESC" : " ASC";
            String orderBy = order.byKey() ? "sort_key" + direction
                    : RecordTable.column(field(order)) + direction + ", sort_key ASC";
            bindings.add((s, i) -> s.setInt(i, limit));
            bindings.add((s, i) -> s.setInt(i, offset));
            try (PreparedStatement query = prepare(connection, "SELECT " + table.valueColumns(""),
                    " ORDER BY " + orderBy + " LIMIT ? OFFSET ?")) {
                return read(table, query);
            }
        }

        PreparedStatement prepare(Connection connection, String select, String tail) throws SQLException {
            PreparedStatement query = connection.prepareStatement(select + " FROM " + table.records() + " WHERE "
                    + String.join(" AND ", where) + tail);
            query.setQueryTimeout((int) Math.max(1, config.paging().queryTimeout().toSeconds()));
            for (int i = 0; i < bindings.size(); i++) {
                bindings.get(i).bind(query, i + 1);
            }
            return query;
        }

        private TableSchema.Field field(Sort.Order<DatasetRecord> order) {
            return table.schema().column(order.field().path());
        }
    }
}
