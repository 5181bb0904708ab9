package id.banyuwangi.opendata.common.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being unreachable or hung (a 503), told by type and SQLSTATE, not by wording. */
class DatabaseUnavailableTest {

    @Test
    void thePoolsAcquisitionTimeoutIsUnavailableWhateverItsWording() {
        SQLException pool = new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException());
        assertTrue(ProblemMapper.isDatabaseUnavailable(new PersistenceException("could not prepare", pool)));
        SQLException reworded = new SQLException("ACQUISITION TIMEOUT", new TimeoutException());
        assertTrue(ProblemMapper.isDatabaseUnavailable(reworded));
    }

    @Test
    void connectionErrorsAndAServerShuttingDownAreUnavailable() {
        assertTrue(ProblemMapper.isDatabaseUnavailable(new SQLException("I/O error", "08006")));
        assertTrue(ProblemMapper.isDatabaseUnavailable(new SQLException("terminating connection", "57P01")));
    }

    @Test
    void aMessageThatOnlyMentionsATimeoutIsNotUnavailable() {
        assertFalse(ProblemMapper.isDatabaseUnavailable(new SQLException("acquisition timeout", "42601")));
        assertFalse(ProblemMapper.isDatabaseUnavailable(new IllegalStateException("acquisition timeout")));
        assertFalse(ProblemMapper.isDatabaseUnavailable(new SQLException("duplicate key", "23505")));
    }
}
