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
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Geometry;
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
}
