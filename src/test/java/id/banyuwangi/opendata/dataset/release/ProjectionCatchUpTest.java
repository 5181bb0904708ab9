package id.banyuwangi.opendata.dataset.release;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A projection that has not applied a dataset's versions (added later, or whose rows a migration removed) is brought
 * up to date from the releases, and applying them again changes nothing.
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class ProjectionCatchUpTest {

    private static final String AREA = "/api/v1/observations?indicator=area&limit=1000";

    @Inject
    DatasetPublisher publisher;

    @Inject
    EntityManager em;

    @Test
    void observationsRemovedBehindTheProjectionsBackAreRebuiltFromTheReleases() {
        List<String> before = figures(AREA);
        assertEquals(33, before.size());
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("delete from Observation o where o.datasetId = 'area'").executeUpdate();
            em.createQuery("delete from ProjectionState s where s.key.datasetId = 'area'").executeUpdate();
        });
        // new URLs each time: the response cache is not told of rows deleted behind the service's back
        given().get(AREA + "&period=2025").then().statusCode(200).body("items", empty());

        assertEquals(1, (int) QuarkusTransaction.requiringNew().call(() -> publisher.catchUp("area")));
        assertEquals(0, (int) QuarkusTransaction.requiringNew().call(() -> publisher.catchUp("area")));
        assertEquals(before, figures(AREA + "&sort=-period"));
    }

    /** Each observation as area, period, value and source, sorted. */
    private static List<String> figures(String path) {
        List<Map<String, Object>> items = given().get(path).then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().map(o -> o.get("area_code") + " " + o.get("period") + " " + o.get("value") + " "
                + o.get("source")).sorted().toList();
    }
}
