package id.banyuwangi.opendata.common.seed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.banyuwangi.opendata.region.District;
import id.banyuwangi.opendata.region.DistrictRepository;
import id.banyuwangi.opendata.region.RegionSeedLoader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedServiceTest {

    @Inject
    SeedService seeds;

    @Inject
    RegionSeedLoader regions;

    @Inject
    DistrictRepository districts;

    @Inject
    SeedLoadRepository loads;

    @Test
    void loadingTheSeedAgainAddsNothing() {
        seeds.loadOnce(regions);
        given().get("/api/v1/regency").then().statusCode(200)
                .body("district_count", is(25))
                .body("village_count", is(217));
    }

    @Test
    void aLoadThatFailsHalfWayLeavesNothingBehind() {
        SeedLoader failing = new SeedLoader("failing-test-set", 1, List.of("regency.csv")) {
            @Override
            public void load(SeedFiles files) {
                District district = new District();
                district.code = "35.10.99";
                district.regencyCode = "35.10";
                district.name = "Half loaded";
                districts.persistAndFlush(district);
                throw new SeedException("inconsistent test data");
            }
        };
        assertThrows(SeedException.class, () -> seeds.loadOnce(failing));
        given().get("/api/v1/districts/35.10.99").then().statusCode(404);
        assertEquals(0, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> loads.count("name", "failing-test-set")));
    }
}
