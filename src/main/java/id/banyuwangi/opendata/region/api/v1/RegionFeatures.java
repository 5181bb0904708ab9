package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.geo.Feature;
import id.banyuwangi.opendata.region.BoundaryService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns region DTOs into GeoJSON features with their boundary polygons as geometry. */
@ApplicationScoped
public class RegionFeatures {

    private final BoundaryService boundaries;

    public RegionFeatures(BoundaryService boundaries) {
        this.boundaries = boundaries;
    }

    /** Features of the given regions, in the same order; {@code code} reads a region's code. */
    public <D> List<Feature> of(List<D> regions, Function<D, String> code) {
        Map<String, String> geometries = boundaries.geometries(regions.stream().map(code).toList());
        return regions.stream().map(r -> Feature.of(code.apply(r), geometries.get(code.apply(r)), r)).toList();
    }

    /** The feature of one region. */
    public <D> Feature one(D region, Function<D, String> code) {
        return of(List.of(region), code).get(0);
    }
}
