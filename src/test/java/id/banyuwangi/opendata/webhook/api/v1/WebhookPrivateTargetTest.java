package id.banyuwangi.opendata.webhook.api.v1;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.PublicTargetsOnlyProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** As in production (opendata.webhooks.allow-private-targets off), a URL on a non-public address is refused. */
@QuarkusTest
@TestProfile(PublicTargetsOnlyProfile.class)
class WebhookPrivateTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "https://[::1]/hook",
        "http://10.0.0.7/hook", "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data",
        "http://0.0.0.0/hook", "http://[fd00::1]/hook", "http://[::ffff:127.0.0.1]/hook"})
    void aUrlOnANonPublicAddressIsA400Problem(String url) {
        Keys.asAdmin().contentType("application/json").body(Map.of("url", url)).post("/api/v1/webhooks").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("url"))
                .body("errors[0].detail", containsString("not a public address"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]:8443/h"})
    void aUrlOnAPublicAddressIsAccepted(String url) {
        String id = Keys.asAdmin().contentType("application/json").body(Map.of("url", url))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("webhook.id");
        Keys.asAdmin().delete("/api/v1/webhooks/" + id).then().statusCode(200);
    }
}
