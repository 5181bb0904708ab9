package id.banyuwangi.opendata.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The profile of tests that webhooks to private addresses are refused: as in production, they are not allowed. */
public class PublicTargetsOnlyProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("opendata.webhooks.allow-private-targets", "false");
    }
}
