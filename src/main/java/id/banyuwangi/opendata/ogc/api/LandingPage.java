package id.banyuwangi.opendata.ogc.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The landing page of the OGC API: what the service is and links to the API definition, the conformance
 * declaration and the collections.
 *
 * @param title       the name of the service
 * @param description what it serves
 * @param links       self, service-desc, service-doc, conformance and data
 */
@Schema(name = "OgcLandingPage", description = "The landing page of the OGC API - Features endpoint.")
public record LandingPage(
        @Schema(examples = "Open Data API: OGC API - Features") String title,
        String description,
        List<OgcLink> links) {

    /** The landing page; {@code ogc} is the absolute URL of /ogc, {@code baseUri} the service's, ending in a slash. */
    public static LandingPage of(String ogc, String baseUri) {
        return new LandingPage("Open Data API: OGC API - Features",
                "The villages, the kecamatan and every dataset version with geometry as feature collections in"
                        + " GeoJSON (WGS 84 longitude, latitude).",
                List.of(OgcLink.of(ogc, "self", OgcResource.JSON, "This document"),
                        OgcLink.of(baseUri + "q/openapi?format=json", "service-desc", OgcResource.JSON,
                                "The API definition (OpenAPI 3.1, the whole service)"),
                        OgcLink.of(baseUri + "q/swagger-ui", "service-doc", "text/html",
                                "The API documentation"),
                        OgcLink.of(ogc + "/conformance", "conformance", OgcResource.JSON,
                                "The conformance classes implemented"),
                        OgcLink.of(ogc + "/collections", "data", OgcResource.JSON, "The feature collections")));
    }
}
