package id.banyuwangi.opendata.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The profile of tests that write (create datasets, publish versions, manage keys): they run against their own
 * freshly seeded database, so that the read tests keep sharing the untouched seed. Small body limits make the
 * 413 answers testable.
 */
public class WriteTestProfile implements QuarkusTestProfile {

    /** Upload limit of this profile, in bytes. */
    public static final int MAX_UPLOAD_BYTES = 1_048_576;

    /** JSON body limit of this profile, in bytes. */
    public static final int MAX_JSON_BYTES = 65_536;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("opendata.publishing.max-upload-bytes", Integer.toString(MAX_UPLOAD_BYTES),
                "opendata.publishing.max-json-bytes", Integer.toString(MAX_JSON_BYTES));
    }
}
