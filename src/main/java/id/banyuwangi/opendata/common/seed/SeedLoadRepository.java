package id.banyuwangi.opendata.common.seed;

import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of {@link SeedLoad}. */
@ApplicationScoped
public class SeedLoadRepository extends EntityRepository<SeedLoad, String> {
}
