package id.banyuwangi.opendata.ogc.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import id.banyuwangi.opendata.common.geo.Feature;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 7946 Feature with the links OGC API - Features gives a feature of its own (self and its collection).
 *
 * @param type       always {@code Feature}
 * @param id         the Kemendagri code, or the record key in a dataset version
 * @param geometry   an RFC 7946 geometry object as JSON text (null where there is none)
 * @param properties the feature's properties
 * @param links      self and collection; none in a FeatureCollection
 */
@Schema(name = "OgcFeature", description = "RFC 7946 GeoJSON Feature.")
public record OgcFeature(
        @Schema(enumeration = "Feature") String type,
        @Schema(examples = "35.10.03.2002") String id,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "RFC 7946 geometry (WGS 84, [lon, lat]).",
                nullable = true) String geometry,
        @Schema(type = SchemaType.OBJECT, description = "Villages and kecamatan: the fields of their /api/v1"
                + " representation; dataset versions: the fields of the dataset's Table Schema but the geometry.")
        Object properties,
        List<OgcLink> links) {

    /** A feature of a page, whose links are those of the page. */
    public static OgcFeature of(Feature feature) {
        return of(feature, List.of());
    }

    /** A feature with its links. */
    public static OgcFeature of(Feature feature, List<OgcLink> links) {
        return new OgcFeature("Feature", feature.id(), feature.geometry(), feature.properties(), links);
    }
}
