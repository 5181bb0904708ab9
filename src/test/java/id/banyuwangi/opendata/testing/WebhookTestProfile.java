package id.banyuwangi.opendata.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The profile of the webhook delivery tests: a fresh database like {@link WriteTestProfile}, and a retry schedule of
 * a few seconds instead of 24 hours (100 ms doubling up to 400 ms, for 3 s), so that a receiver that is down for a
 * few attempts, and one that never comes back, play out within a test.
 */
public class WebhookTestProfile implements QuarkusTestProfile {

    /** Messages in a row that fail every attempt before a subscription is disabled, in this profile. */
    public static final int DISABLE_AFTER = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("opendata.webhooks.retry-base-delay", "100ms",
                "opendata.webhooks.retry-max-delay", "400ms",
                "opendata.webhooks.retry-period", "3s",
                "opendata.webhooks.poll-interval", "50ms",
                "opendata.webhooks.timeout", "2s",
                "opendata.webhooks.disable-after-failures", Integer.toString(DISABLE_AFTER));
    }
}
