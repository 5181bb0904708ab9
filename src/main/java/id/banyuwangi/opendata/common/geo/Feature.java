package id.banyuwangi.opendata.common.geo;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 7946 Feature: a geometry with the same properties the JSON representation has.
 *
 * @param type       always {@code Feature}
 * @param id         the Kemendagri code of the region
 * @param geometry   an RFC 7946 geometry object as JSON text (null where the boundary is unknown)
 * @param properties the region as in the JSON representation
 */
@Schema(name = "Feature", description = "RFC 7946 GeoJSON Feature.")
public record Feature(
        @Schema(enumeration = "Feature") String type,
        @Schema(examples = "35.10.01.2001") String id,
        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                description = "RFC 7946 geometry (MultiPolygon, WGS 84, [lon, lat]).", nullable = true)
        String geometry,
        @Schema(description = "The region, with the same fields as its JSON representation.") Object properties) {

    /** A feature of a region with its boundary. */
    public static Feature of(String id, String geometry, Object properties) {
        return new Feature("Feature", id, geometry, properties);
    }
}
