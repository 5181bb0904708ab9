package id.banyuwangi.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banyuwangi.opendata.common.persistence.ActiveDatabase;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The one line a failed start ends with. */
class MainTest {

    @Test
    void aDatabaseFailureIsToldInTheDatabasesWords() {
        Throwable failure = new RuntimeException("Failed to start quarkus", new IllegalStateException("flyway",
                new SQLException("Connection refused: 127.0.0.1:5432", "08001")));
        assertEquals("the database refused or could not be reached (OPENDATA_DB_URL, OPENDATA_DB_USER,"
                + " OPENDATA_DB_PASSWORD): Connection refused: 127.0.0.1:5432", Main.reason(failure));
    }

    @Test
    void anUnknownDatabaseKindIsToldWithTheKindsThereAre() {
        Throwable failure = new RuntimeException("Failed to start quarkus", new ActiveDatabase.UnknownKind("mysql"));
        assertEquals("OPENDATA_DB_KIND is 'mysql': it must be one of h2, postgresql", Main.reason(failure));
    }

    @Test
    void anyOtherFailureIsToldByItsInnermostCause() {
        Throwable failure = new RuntimeException("Failed to start quarkus",
                new IllegalStateException("opendata.rate-limit.window must be at least one second"));
        assertEquals("IllegalStateException: opendata.rate-limit.window must be at least one second",
                Main.reason(failure));
    }
}
