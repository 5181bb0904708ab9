package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.geo.BoundingBox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Where a region lies, for the documents that describe spatial coverage (DCAT-AP {@code dct:Location}). */
@ApplicationScoped
public class RegionExtents {

    /**
     * A region's name, level, centroid and bounding box.
     *
     * @param code   Kemendagri code
     * @param name   current name
     * @param level  regency, kecamatan or village
     * @param lat    latitude of its centroid (WGS 84), null when the seed has none
     * @param lon    longitude of its centroid, null when the seed has none
     * @param bounds the box around its boundary, null when there is no boundary
     */
    public record Extent(String code, String name, RegionLevel level, Double lat, Double lon, BoundingBox bounds) {
    }

    private final RegionDirectory directory;
    private final RegionShapes shapes;
    private final RegencyRepository regencies;
    private final DistrictRepository districts;
    private final VillageRepository villages;

    public RegionExtents(RegionDirectory directory, RegionShapes shapes, RegencyRepository regencies,
            DistrictRepository districts, VillageRepository villages) {
        this.directory = directory;
        this.shapes = shapes;
        this.regencies = regencies;
        this.districts = districts;
        this.villages = villages;
    }

    /** The extent of the region with this code, if it exists. */
    public Optional<Extent> find(String code) {
        return directory.find(code).map(entry -> {
            Region region = switch (entry.level()) {
                case REGENCY -> regencies.findById(code);
                case DISTRICT -> districts.findById(code);
                case VILLAGE -> villages.findById(code);
            };
            return new Extent(code, entry.name(), entry.level(), region.lat, region.lon,
                    shapes.bounds(code).orElse(null));
        });
    }
}
