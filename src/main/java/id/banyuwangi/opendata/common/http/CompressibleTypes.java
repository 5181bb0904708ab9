package id.banyuwangi.opendata.common.http;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;

/**
 * The media types the service compresses ({@code opendata.http.compress-media-types}); every part of the HTTP layer
 * that compresses asks here, so that a type is compressed everywhere or nowhere, whatever parameters it carries.
 */
@ApplicationScoped
public class CompressibleTypes {

    private final Set<String> types;

    CompressibleTypes(OpenDataConfig config) {
        this.types = config.http().compressMediaTypes();
    }

    /** Whether a body of {@code mediaType} ({@code text/csv;charset=UTF-8}, say; null for none) is compressed. */
    boolean contains(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        int parameters = mediaType.indexOf(';');
        String essence = parameters < 0 ? mediaType : mediaType.substring(0, parameters);
        return types.contains(essence.trim().toLowerCase(Locale.ROOT));
    }
}
