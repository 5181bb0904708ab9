package id.banyuwangi.opendata.common.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * The database's start-up lock: replicas that start at the same moment on one database run their start-up writes
 * (seeding, the bootstrap key, the synthetic set) one at a time, each in a transaction that first locks the single
 * row of {@code startup_lock}. The later replica waits for the earlier one's commit and then finds the work done,
 * where it would otherwise fail on a duplicate key.
 */
@ApplicationScoped
public class StartupLock {

    private final EntityManager entityManager;

    public StartupLock(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Runs {@code work} in a new transaction that holds the lock until it commits or rolls back. */
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Calls {@code work} in a new transaction that holds the lock until it commits or rolls back. */
    public <T> T call(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            entityManager.createNativeQuery("SELECT id FROM startup_lock WHERE id = 1 FOR UPDATE").getSingleResult();
            return work.get();
        });
    }
}
