package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Queries of {@link Regency}. */
@ApplicationScoped
public class RegencyRepository extends EntityRepository<Regency, String> {

    /** The regency this service publishes (the seed holds exactly one). */
    public Optional<Regency> theRegency() {
        return find("order by code").firstResultOptional();
    }
}
