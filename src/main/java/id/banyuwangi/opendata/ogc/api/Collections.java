package id.banyuwangi.opendata.ogc.api;

import id.banyuwangi.opendata.ogc.OgcCollection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The feature collections.
 *
 * @param links       self
 * @param collections every collection
 */
@Schema(name = "OgcCollections", description = "The feature collections.")
public record Collections(List<OgcLink> links, List<CollectionDto> collections) {

    /** The list; {@code collections} is the absolute URL of /ogc/collections. */
    public static Collections from(List<OgcCollection> all, String collections) {
        return new Collections(List.of(OgcLink.of(collections, "self", OgcResource.JSON, "This document")),
                all.stream().map(c -> CollectionDto.from(c, collections)).toList());
    }
}
