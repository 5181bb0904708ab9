package id.banyuwangi.opendata.common.seed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of {@link SeedLoad}. */
@ApplicationScoped
public class SeedLoadRepository implements PanacheRepositoryBase<SeedLoad, String> {
}
