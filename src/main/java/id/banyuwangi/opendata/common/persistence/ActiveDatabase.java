package id.banyuwangi.opendata.common.persistence;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource.DataSourceLiteral;
import io.quarkus.flyway.FlywayDataSource.FlywayDataSourceLiteral;
import io.quarkus.hibernate.orm.PersistenceUnit.PersistenceUnitLiteral;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;

/**
 * The database chosen at run time. The artifact holds a datasource, a persistence unit and a Flyway for each kind it
 * supports, named after it ({@code h2}, {@code postgresql}); the configuration activates those of
 * {@code opendata.db-kind} ({@code OPENDATA_DB_KIND}) only. This hands the active ones on as the default
 * {@link Session} (and so {@code EntityManager}), {@link AgroalDataSource} (and so {@code DataSource}) and
 * {@link Flyway}, so that the rest of the code injects them without naming a database.
 */
@Singleton
public class ActiveDatabase {

    /** The kinds of database the artifact can run on: the names of its datasources. */
    public static final List<String> KINDS = List.of("h2", "postgresql");

    private final String kind;

    ActiveDatabase(OpenDataConfig config) {
        this.kind = config.dbKind();
    }

    /** Refuses an unknown kind before anything else starts: no datasource would be active. */
    void check(@Observes @Priority(1) StartupEvent event) {
        kind();
    }

    /** The kind of the active database, one of {@link #KINDS}. */
    public String kind() {
        if (!KINDS.contains(kind)) {
            throw new UnknownKind(kind);
        }
        return kind;
    }

    @Produces
    @Singleton
    Session session(@Any Instance<Session> sessions) {
        return sessions.select(new PersistenceUnitLiteral(kind())).get();
    }

    @Produces
    @Singleton
    AgroalDataSource dataSource(@Any Instance<AgroalDataSource> dataSources) {
        return dataSources.select(new DataSourceLiteral(kind())).get();
    }

    @Produces
    @Singleton
    Flyway flyway(@Any Instance<Flyway> flyways) {
        return flyways.select(FlywayDataSourceLiteral.of(kind())).get();
    }

    /** {@code OPENDATA_DB_KIND} names no database the artifact supports. */
    public static final class UnknownKind extends IllegalStateException {
        public UnknownKind(String kind) {
            super("OPENDATA_DB_KIND is '" + kind + "': it must be one of " + String.join(", ", KINDS));
        }
    }
}
