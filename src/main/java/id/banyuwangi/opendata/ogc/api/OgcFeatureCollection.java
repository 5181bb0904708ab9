package id.banyuwangi.opendata.ogc.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a collection's features: an RFC 7946 FeatureCollection with the members OGC API - Features adds.
 *
 * @param type           always {@code FeatureCollection}
 * @param features       the features of the page
 * @param numberMatched  how many features match the request, over all pages
 * @param numberReturned how many features this page has
 * @param timeStamp      when the page was rendered (RFC 3339, UTC)
 * @param links          self, next (absent on the last page) and collection
 */
@Schema(name = "OgcFeatureCollection", description = "RFC 7946 GeoJSON FeatureCollection of one page.")
public record OgcFeatureCollection(
        @Schema(enumeration = "FeatureCollection") String type,
        List<OgcFeature> features,
        @JsonProperty("numberMatched") @Schema(name = "numberMatched", examples = "217") long numberMatched,
        @JsonProperty("numberReturned") @Schema(name = "numberReturned", examples = "100") int numberReturned,
        @JsonProperty("timeStamp") @Schema(name = "timeStamp", format = "date-time",
                examples = "2025-06-01T08:00:00Z") String timeStamp,
        List<OgcLink> links) {

    /** A page. */
    public static OgcFeatureCollection of(List<OgcFeature> features, long matched, String timeStamp,
            List<OgcLink> links) {
        return new OgcFeatureCollection("FeatureCollection", features, matched, features.size(), timeStamp, links);
    }
}
