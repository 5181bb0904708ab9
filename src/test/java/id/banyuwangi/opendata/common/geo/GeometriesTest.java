package id.banyuwangi.opendata.common.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** RFC 7946 winding, validity and repair of GeoJSON geometries. */
class GeometriesTest {

    private static final String CLOCKWISE_SQUARE_WITH_HOLE = "{\"type\":\"Polygon\",\"coordinates\":["
            + "[[0,0],[0,10],[10,10],[10,0],[0,0]],"
            + "[[2,2],[4,2],[4,4],[2,4],[2,2]]]}";
    /** A small square inside a large one, as two polygons of one MultiPolygon: "nested shells". */
    private static final String NESTED_SHELLS = "{\"type\":\"MultiPolygon\",\"coordinates\":["
            + "[[[0,0],[10,0],[10,10],[0,10],[0,0]]],"
            + "[[[2,2],[3,2],[3,3],[2,3],[2,2]]]]}";
    private static final String BOWTIE = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[10,10],[10,0],[0,10],[0,0]]]}";

    @Test
    void exteriorRingsTurnCounterClockwiseAndHolesClockwise() throws ParseException {
        Polygon polygon = (Polygon) read(Geometries.rfc7946(CLOCKWISE_SQUARE_WITH_HOLE));
        assertTrue(Orientation.isCCW(polygon.getExteriorRing().getCoordinates()));
        assertFalse(Orientation.isCCW(polygon.getInteriorRingN(0).getCoordinates()));
        assertEquals(96.0, polygon.getArea());
    }

    @Test
    void coordinatesKeepTheirDecimals() {
        String point = Geometries.rfc7946("{\"type\":\"Point\",\"coordinates\":[113.971926,-8.519742]}");
        assertTrue(point.contains("113.971926") && point.contains("-8.519742"), point);
    }

    @Test
    void anInvalidPolygonIsRefusedWithTheReasonAndPlace() {
        IllegalArgumentException nested = assertThrows(IllegalArgumentException.class,
                () -> Geometries.rfc7946(NESTED_SHELLS));
        assertTrue(nested.getMessage().startsWith("is not a valid geometry: Nested shells near 2.000000, 2.000000"),
                nested.getMessage());
        IllegalArgumentException bowtie = assertThrows(IllegalArgumentException.class,
                () -> Geometries.rfc7946(BOWTIE));
        assertTrue(bowtie.getMessage().contains("Self-intersection"), bowtie.getMessage());
    }

    @Test
    void aRepairMergesNestedShellsAndSaysWhatWasWrong() throws ParseException {
        Geometries.Repair repair = Geometries.repaired(NESTED_SHELLS);
        Geometry fixed = read(repair.geoJson());
        assertTrue(fixed.isValid());
        assertEquals(100.0, fixed.getArea());
        assertTrue(repair.fault().startsWith("Nested shells"), repair.fault());
        assertNull(Geometries.repaired(CLOCKWISE_SQUARE_WITH_HOLE).fault());
    }

    @Test
    void somethingThatIsNotAGeometryIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Geometries.rfc7946("{\"type\":\"Polygon\"}"));
        assertThrows(IllegalArgumentException.class, () -> Geometries.rfc7946("[1,2]"));
    }

    private static Geometry read(String geoJson) throws ParseException {
        return new GeoJsonReader().read(geoJson);
    }
}
