package id.banyuwangi.opendata.dataset.release;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The two databases the service runs on, and what differs between them for the records tables: column types, and
 * how a word search is served (PostgreSQL's own full-text search with a GIN index; on H2 a match on the words).
 */
public enum SqlDialect {
    H2("CHARACTER VARYING", "DECFLOAT"),
    POSTGRESQL("TEXT", "NUMERIC");

    private final String text;
    private final String decimal;

    SqlDialect(String text, String decimal) {
        this.text = text;
        this.decimal = decimal;
    }

    /** The dialect of the database behind a connection. */
    public static SqlDialect of(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL") ? POSTGRESQL : H2;
    }

    /** Unbounded text: the length a value may have is the Table Schema's business, not the column's. */
    String text() {
        return text;
    }

    /** An exact decimal of any size (H2's DECFLOAT drops trailing zeros, hence the exact text beside it). */
    String decimal() {
        return decimal;
    }
}
