package id.banyuwangi.opendata.common.geo;

import id.banyuwangi.opendata.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 7946 FeatureCollection of one list page; {@code paging} is a foreign member with the same paging
 * metadata as the JSON envelope.
 */
@Schema(name = "FeatureCollection", description = "RFC 7946 GeoJSON FeatureCollection of one page of a list.")
public record FeatureCollection(
        @Schema(enumeration = "FeatureCollection") String type,
        List<Feature> features,
        Page.Paging paging) {

    public static FeatureCollection of(List<Feature> features, Page.Paging paging) {
        return new FeatureCollection("FeatureCollection", features, paging);
    }
}
