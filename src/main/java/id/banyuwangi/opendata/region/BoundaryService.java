package id.banyuwangi.opendata.region;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;

/** Reads the boundary polygons of kecamatan and villages. */
@ApplicationScoped
public class BoundaryService {

    private final RegionBoundaryRepository boundaries;

    public BoundaryService(RegionBoundaryRepository boundaries) {
        this.boundaries = boundaries;
    }

    /** The RFC 7946 geometries of the given regions, by code; regions without a boundary are absent. */
    public Map<String, String> geometries(Collection<String> codes) {
        return boundaries.geometries(codes);
    }
}
