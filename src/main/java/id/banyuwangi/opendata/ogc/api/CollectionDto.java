package id.banyuwangi.opendata.ogc.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.ogc.OgcCollection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A feature collection's description.
 *
 * @param id          the collection's id, as in its URL
 * @param title       its title
 * @param description what it holds
 * @param links       self and items
 * @param extent      the box that holds its geometries; null when none has one
 * @param itemType    always {@code feature}
 * @param crs         the coordinate reference systems it is served in: CRS84 only
 */
@Schema(name = "OgcCollection", description = "A feature collection.")
public record CollectionDto(
        @Schema(examples = "villages") String id,
        @Schema(examples = "Desa and kelurahan") String title,
        String description,
        List<OgcLink> links,
        @Schema(nullable = true) Extent extent,
        @JsonProperty("itemType") @Schema(name = "itemType", enumeration = "feature") String itemType,
        @Schema(description = "CRS84 (WGS 84 longitude, latitude) only.") List<String> crs) {

    /** The spatial extent of a collection. */
    @Schema(name = "OgcExtent")
    public record Extent(Spatial spatial) {
    }

    /**
     * A bounding box and its coordinate reference system.
     *
     * @param bbox one box: minimum longitude, minimum latitude, maximum longitude, maximum latitude
     * @param crs  CRS84 (WGS 84 longitude, latitude)
     */
    @Schema(name = "OgcSpatialExtent")
    public record Spatial(
            @Schema(description = "One box: minLon, minLat, maxLon, maxLat.",
                    examples = "[[113.8, -8.8, 114.6, -7.8]]") List<List<Double>> bbox,
            @Schema(examples = OgcResource.CRS84) String crs) {
    }

    /** The description of a collection; {@code collections} is the absolute URL of /ogc/collections. */
    public static CollectionDto from(OgcCollection collection, String collections) {
        String self = collections + "/" + collection.id();
        BoundingBox box = collection.extent();
        Extent extent = box == null ? null : new Extent(new Spatial(
                List.of(List.of(box.minLon(), box.minLat(), box.maxLon(), box.maxLat())), OgcResource.CRS84));
        return new CollectionDto(collection.id(), collection.title(), collection.description(),
                List.of(OgcLink.of(self, "self", OgcResource.JSON, "This collection"),
                        OgcLink.of(self + "/items", "items", OgcResource.GEO_JSON, "Its features")),
                extent, "feature", List.of(OgcResource.CRS84));
    }
}
