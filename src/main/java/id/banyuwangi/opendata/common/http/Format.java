package id.banyuwangi.opendata.common.http;

import id.banyuwangi.opendata.common.error.ApiException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The representations the API offers, chosen by {@code ?format=} or else by the Accept header. */
public enum Format {
    JSON("application/json"),
    CSV("text/csv"),
    GEOJSON("application/geo+json"),
    NDJSON("application/x-ndjson");

    /** Media type of GeoJSON (RFC 7946). */
    public static final String GEO_JSON = "application/geo+json";
    /** Media type of newline-delimited JSON (one JSON object per line). */
    public static final String X_NDJSON = "application/x-ndjson";
    /** Media type of CSV (RFC 4180). */
    public static final String TEXT_CSV = "text/csv";
    /**
     * Media type of an XLSX workbook (Office Open XML), which only whole downloads offer ({@code format=xlsx}); it is
     * not one of the formats a page of a list is rendered in.
     */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The {@code format} value of an XLSX workbook. */
    public static final String XLSX_VALUE = "xlsx";

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type, without parameters. */
    public String mediaType() {
        return mediaType;
    }

    /** The name used by the {@code format} parameter. */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Chooses among the {@code offered} formats: the {@code format} parameter wins; otherwise the first acceptable
     * media type (in the client's preference order) that is offered; {@code *}{@code /*} means the first offered.
     */
    public static Format negotiate(String formatParameter, List<MediaType> acceptable, Format... offered) {
        if (formatParameter != null) {
            return Arrays.stream(offered)
                    .filter(f -> f.parameterValue().equals(formatParameter))
                    .findFirst()
                    .orElseThrow(() -> ApiException.invalidParameter("format",
                            "must be one of " + Arrays.stream(offered).map(Format::parameterValue)
                                    .collect(Collectors.joining(", "))));
        }
        for (MediaType accepted : acceptable) {
            for (Format format : offered) {
                if (accepted.isCompatible(MediaType.valueOf(format.mediaType))) {
                    return format;
                }
            }
        }
        throw new NotAcceptableException();
    }
}
