package id.banyuwangi.opendata.ogc.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A link of the OGC API (RFC 8288 in JSON, as OGC API - Features writes it).
 *
 * @param href  the target, an absolute URL
 * @param rel   the relation: self, next, items, collection, service-desc, ...
 * @param type  the media type of the target
 * @param title what the target is
 */
@Schema(name = "OgcLink", description = "A link (RFC 8288) as OGC API - Features writes it.")
public record OgcLink(
        @Schema(examples = "https://example.org/ogc/collections") String href,
        @Schema(examples = "data") String rel,
        @Schema(examples = "application/json") String type,
        @Schema(examples = "The feature collections") String title) {

    /** A link. */
    public static OgcLink of(String href, String rel, String type, String title) {
        return new OgcLink(href, rel, type, title);
    }
}
