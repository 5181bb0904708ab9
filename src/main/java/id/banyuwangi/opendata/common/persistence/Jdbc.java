package id.banyuwangi.opendata.common.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * Plain JDBC on the connection of the current transaction, for statements that Hibernate cannot express (tables
 * made at run time, {@code COPY}) or that move too many rows for entities. In a transaction, pending entity
 * changes are flushed first, so the statements see them.
 */
public final class Jdbc {

    /** Work on a connection. */
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /** Runs each statement, in order, on {@code connection} (DDL and other statements without parameters). */
    public static void execute(Connection connection, List<String> statements) throws SQLException {
        for (String sql : statements) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.execute();
            }
        }
    }

    /**
     * Runs {@code work} on the transaction's connection when a transaction is active (so that it sees the
     * transaction's own changes), else on a connection of its own from the pool, without opening a Hibernate
     * session for it: for reads, which a request answers with no other statement.
     */
    public static <T> T read(EntityManager em, DataSource dataSource, Work<T> work) {
        if (QuarkusTransaction.isActive()) {
            return work(em, work);
        }
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    /** Runs {@code work} on the transaction's connection; an {@link SQLException} becomes Hibernate's. */
    public static <T> T work(EntityManager em, Work<T> work) {
        if (em.isJoinedToTransaction()) {
            em.flush();
        }
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
