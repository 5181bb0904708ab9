package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.geo.Feature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the boundary polygons of kecamatan and villages, as GeoJSON. */
@ApplicationScoped
public class BoundaryService {

    private final RegionBoundaryRepository boundaries;
    private final RegionShapes shapes;

    public BoundaryService(RegionBoundaryRepository boundaries, RegionShapes shapes) {
        this.boundaries = boundaries;
        this.shapes = shapes;
    }

    /** The smallest box that holds the boundaries of the regions of a level, or null when none has one. */
    public BoundingBox extent(RegionLevel level) {
        return shapes.extent(level);
    }

    /**
     * GeoJSON features of the given items, in the same order, each with the boundary of the region that
     * {@code code} reads from it as geometry (null where the region has none) and the item as properties.
     */
    public <D> List<Feature> features(List<D> items, Function<D, String> code) {
        Map<String, String> geometries = boundaries.geometries(items.stream().map(code).distinct().toList());
        return items.stream().map(i -> Feature.of(code.apply(i), geometries.get(code.apply(i)), i)).toList();
    }
}
