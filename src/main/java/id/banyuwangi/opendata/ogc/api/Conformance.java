package id.banyuwangi.opendata.ogc.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The conformance classes of OGC API - Features that the endpoint implements: Core and GeoJSON. Not OpenAPI 3.0,
 * since the service's API definition is OpenAPI 3.1, and not HTML.
 *
 * @param conformsTo the URIs of the conformance classes
 */
@Schema(name = "OgcConformance", description = "The conformance classes implemented.")
public record Conformance(
        @JsonProperty("conformsTo") @Schema(name = "conformsTo", description = "Core and GeoJSON.")
        List<String> conformsTo) {

    /** The declaration of this endpoint. */
    public static Conformance of() {
        return new Conformance(List.of(OgcResource.CORE, OgcResource.GEOJSON));
    }
}
