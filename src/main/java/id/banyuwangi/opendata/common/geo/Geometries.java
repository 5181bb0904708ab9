package id.banyuwangi.opendata.common.geo;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * GeoJSON geometries as RFC 7946 wants them, through JTS: valid (OGC simple features: no self-intersection, no
 * shell nested in another) and with exterior rings counter-clockwise and holes clockwise (section 3.1.6).
 * {@link #rfc7946} refuses an invalid geometry with the reason and place JTS gives, for what publishers upload;
 * {@link #repaired} repairs it with JTS's {@link GeometryFixer}, for the seed's files, whose faults we can name in
 * the log. Coordinates keep up to {@value #DECIMALS} decimals (about a millimetre).
 */
public final class Geometries {

    /** A repaired geometry, and what was wrong with it (null when nothing was). */
    public record Repair(String geoJson, String fault) {
    }

    private static final int DECIMALS = 8;

    private Geometries() {
    }

    /** The geometry in RFC 7946 winding; an invalid one is an {@link IllegalArgumentException} saying why. */
    public static String rfc7946(String geoJson) {
        Geometry geometry = read(geoJson);
        String fault = fault(geometry);
        if (fault != null) {
            throw new IllegalArgumentException("is not a valid geometry: " + fault);
        }
        return write(geometry);
    }

    /** The geometry in RFC 7946 winding, repaired when it is invalid and a repair keeps its kind. */
    public static Repair repaired(String geoJson) {
        Geometry geometry = read(geoJson);
        String fault = fault(geometry);
        if (fault == null) {
            return new Repair(write(geometry), null);
        }
        Geometry fixed = GeometryFixer.fix(geometry, true);
        if (fixed.isEmpty() || fixed.getDimension() != geometry.getDimension() || fault(fixed) != null) {
            throw new IllegalArgumentException("is not a valid geometry and cannot be repaired: " + fault);
        }
        return new Repair(write(fixed), fault);
    }

    /** The smallest box that holds the geometry. */
    public static BoundingBox bounds(String geoJson) {
        Envelope envelope = read(geoJson).getEnvelopeInternal();
        return new BoundingBox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
    }

    /** Whether the geometry and the box have at least one point in common (the box's edge included). */
    public static boolean intersects(String geoJson, BoundingBox box) {
        Geometry geometry = read(geoJson);
        Envelope area = new Envelope(box.minLon(), box.maxLon(), box.minLat(), box.maxLat());
        return geometry.getEnvelopeInternal().intersects(area) && geometry.intersects(geometry.getFactory()
                .toGeometry(area));
    }

    private static Geometry read(String geoJson) {
        Geometry geometry;
        try {
            geometry = new GeoJsonReader().read(geoJson);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("is not a GeoJSON geometry (RFC 7946): " + e.getMessage());
        }
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException("is an empty geometry (no coordinates); leave the field empty instead");
        }
        return geometry;
    }

    private static String fault(Geometry geometry) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return null;
        }
        Coordinate at = error.getCoordinate();
        return at == null ? error.getMessage()
                : String.format(Locale.ROOT, "%s near %.6f, %.6f (lon, lat)", error.getMessage(), at.x, at.y);
    }

    private static String write(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        writer.setForceCCW(true);
        return writer.write(geometry);
    }
}
