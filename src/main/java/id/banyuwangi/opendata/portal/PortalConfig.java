package id.banyuwangi.opendata.portal;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Typed settings of the portal's pages, under {@code opendata.portal.}. */
@ConfigMapping(prefix = "opendata.portal")
public interface PortalConfig {

    /**
     * A base-map tile URL template for the maps ({@code https://tiles.example/{z}/{x}/{y}.png}); none by default,
     * so that the maps show the village polygons alone and a page loads nothing from another host.
     */
    Optional<String> tileUrl();

    /** The attribution the tile provider requires, shown on the map when tiles are configured. */
    Optional<String> tileAttribution();
}
