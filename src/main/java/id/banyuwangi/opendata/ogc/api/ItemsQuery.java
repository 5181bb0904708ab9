package id.banyuwangi.opendata.ogc.api;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code GET /ogc/collections/{collectionId}/items}, as OGC API - Features defines them. */
public class ItemsQuery {

    private static final String LIMIT = "limit";
    private static final String DATETIME = "datetime";

    @QueryParam(LIMIT)
    @Parameter(description = "Number of features per page, at least 1 (default 100). A larger value than 1000 is"
            + " served as 1000, as OGC API - Features asks.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "100"), example = "100")
    public String limit;

    @QueryParam("bbox")
    @Parameter(description = "Only features whose geometry meets this box (and, in a dataset version, records"
            + " without a geometry): minLon,minLat,maxLon,maxLat in WGS 84 degrees (CRS84), or six numbers"
            + " minLon,minLat,minHeight,maxLon,maxLat,maxHeight (CRS84h; every geometry here is two-dimensional, so"
            + " the heights select nothing).", example = "114.27,-8.58,114.28,-8.57")
    public String bbox;

    @QueryParam(DATETIME)
    @Parameter(description = "A date-time (RFC 3339), a date, or an interval of them (`start/end`, `..` for an"
            + " open end). No feature here has a time of its own, so a valid value matches every feature (OGC API -"
            + " Features, /req/core/fc-time-response).", example = "2025-01-01T00:00:00Z/..")
    public String datetime;

    @QueryParam("cursor")
    @Parameter(description = "Opaque position of a page, as the `next` link gives it; omit for the first page.")
    public String cursor;

    @QueryParam("f")
    @Parameter(description = "Representation, overriding the Accept header: `geojson` (application/geo+json) or"
            + " `json` (the same body as application/json).", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"geojson", "json"}))
    public String f;

    /** The page size: the default when absent, at most {@code max}; 400 when not a whole number of at least 1. */
    public int limit(int defaultLimit, int max) {
        if (limit == null) {
            return defaultLimit;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1) {
                return Math.min(value, max);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidParameter(LIMIT, "must be a whole number of at least 1");
    }

    /** The box, or null when none is given; a malformed one is a 400 naming the parameter. */
    public BoundingBox box() {
        return Parameters.parse("bbox", bbox, BoundingBox::parseWithHeights);
    }

    /**
     * Checks {@code datetime}: a malformed value is a 400. A valid one selects nothing, since no feature here has a
     * time of its own.
     */
    public void checkDatetime() {
        Parameters.parse(DATETIME, datetime, ItemsQuery::interval);
    }

    private static Void interval(String text) {
        String[] ends = text.split("/", -1);
        if (ends.length > 2 || ends.length == 2 && open(ends[0]) && open(ends[1])) {
            throw new IllegalArgumentException(
                    "must be a date-time, a date, or an interval start/end of them with .. for at most one open end");
        }
        if (ends.length == 1) {
            moment(ends[0]);
            return null;
        }
        Temporal start = open(ends[0]) ? null : moment(ends[0]);
        Temporal end = open(ends[1]) ? null : moment(ends[1]);
        if (start != null && end != null && instant(start).isAfter(instant(end))) {
            throw new IllegalArgumentException("must give the start of the interval before its end");
        }
        return null;
    }

    private static boolean open(String end) {
        return end.isEmpty() || end.equals("..");
    }

    private static Temporal moment(String text) {
        try {
            return text.contains("T") ? OffsetDateTime.parse(text) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an RFC 3339 date-time such as 2025-01-01T00:00:00Z or a"
                    + " date such as 2025-01-01, or an interval of them (start/end, .. for an open end)");
        }
    }

    private static OffsetDateTime instant(Temporal moment) {
        return moment instanceof LocalDate date ? date.atStartOfDay().atOffset(ZoneOffset.UTC)
                : (OffsetDateTime) moment;
    }
}
