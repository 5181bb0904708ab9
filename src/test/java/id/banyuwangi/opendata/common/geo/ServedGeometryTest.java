package id.banyuwangi.opendata.common.geo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Every polygon the service serves, read back with JTS: valid, with each exterior ring counter-clockwise and each
 * hole clockwise (RFC 7946 section 3.1.6), in the region lists and in the boundary datasets' downloads. (The seed's
 * rings are clockwise, and kecamatan 35.10.01 has a shell nested in another; both are repaired at load.)
 */
@QuarkusTest
class ServedGeometryTest {

    @ParameterizedTest
    @CsvSource({"/api/v1/villages?format=geojson&limit=1000, 217",
            "/api/v1/districts?format=geojson&limit=1000, 25",
            "/api/v1/datasets/village-boundaries/versions/latest/download?format=geojson, 217",
            "/api/v1/datasets/district-boundaries/versions/latest/download?format=geojson, 25"})
    void everyRingWindsTheRfc7946WayAndEveryGeometryIsValid(String path, int features)
            throws IOException, ParseException {
        JsonNode collection = new ObjectMapper().readTree(given().get(path).then().statusCode(200).extract()
                .asString());
        assertEquals(features, collection.path("features").size());
        GeoJsonReader reader = new GeoJsonReader();
        for (JsonNode feature : collection.path("features")) {
            Geometry geometry = reader.read(feature.path("geometry").toString());
            String id = feature.path("id").asText(feature.path("properties").path("code").asText());
            assertTrue(geometry.getNumGeometries() > 0, id);
            IsValidOp validity = new IsValidOp(geometry);
            assertTrue(validity.isValid(), id + ": " + validity.getValidationError());
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                Polygon polygon = (Polygon) geometry.getGeometryN(i);
                assertTrue(Orientation.isCCW(polygon.getExteriorRing().getCoordinates()), id + " exterior " + i);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    assertFalse(Orientation.isCCW(polygon.getInteriorRingN(h).getCoordinates()),
                            id + " hole " + h + " of part " + i);
                }
            }
        }
    }

    /**
     * The polygon areas the regions carry are those of the boundaries they are served with, on the WGS 84 ellipsoid
     * as GeographicLib computes them (within 0.2 %), and a village's centroid is the one JTS computes (within 0.0001
     * degree, about 11 m), so that a journalist who recomputes them from the GeoJSON finds the same. A kecamatan's
     * centroid is the seed's, up to 0.003 degree from that of its simplified boundary (its description says so).
     */
    @ParameterizedTest
    @CsvSource({"/api/v1/villages?format=geojson&limit=1000, 217, 0.0001",
            "/api/v1/districts?format=geojson&limit=1000, 25, 0.003"})
    void centroidsAndAreasAreThoseOfTheServedBoundaries(String path, int features, double centroidDegrees)
            throws IOException, ParseException {
        JsonNode collection = new ObjectMapper().readTree(given().get(path).then().statusCode(200).extract()
                .asString());
        GeoJsonReader reader = new GeoJsonReader();
        int checked = 0;
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            String code = properties.path("code").asText();
            Geometry geometry = reader.read(feature.path("geometry").toString());
            double area = properties.path("polygon_area_km2").asDouble();
            // 0.2 %, or the rounding of the figure to three decimals
            assertEquals(area, ellipsoidalKm2(geometry), Math.max(area * 0.002, 0.0005), code + " area");
            Point centroid = geometry.getCentroid();
            assertEquals(properties.path("lat").asDouble(), centroid.getY(), centroidDegrees, code + " latitude");
            assertEquals(properties.path("lon").asDouble(), centroid.getX(), centroidDegrees, code + " longitude");
            checked++;
        }
        assertEquals(features, checked);
    }

    /** The area of a (multi)polygon on the WGS 84 ellipsoid, in km2: each shell's less its holes'. */
    private static double ellipsoidalKm2(Geometry geometry) {
        double squareMetres = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            squareMetres += ringArea(polygon.getExteriorRing().getCoordinates());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                squareMetres -= ringArea(polygon.getInteriorRingN(h).getCoordinates());
            }
        }
        return squareMetres / 1e6;
    }

    private static double ringArea(Coordinate[] ring) {
        PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
        for (int i = 0; i < ring.length - 1; i++) {
            area.AddPoint(ring[i].y, ring[i].x);
        }
        return Math.abs(area.Compute().area);
    }
}
