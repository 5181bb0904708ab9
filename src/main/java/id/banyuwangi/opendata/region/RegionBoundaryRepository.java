package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Queries of {@link RegionBoundary}. */
@ApplicationScoped
public class RegionBoundaryRepository extends EntityRepository<RegionBoundary, String> {

    /** The boundary geometries of the given regions, by code; regions without one are absent. */
    public Map<String, String> geometries(Collection<String> codes) {
        Map<String, String> geometries = new HashMap<>();
        if (!codes.isEmpty()) {
            list("code in ?1", codes).forEach(b -> geometries.put(b.code, b.geometry));
        }
        return geometries;
    }
}
