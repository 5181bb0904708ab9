package id.banyuwangi.opendata.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The signature of Standard Webhooks, against the test vector of its reference libraries. */
class WebhookSignatureTest {

    /** From standard-webhooks/standard-webhooks, libraries/java/src/test/.../WebhookTest.verifyWebhookSignWorks. */
    @Test
    void signsTheSpecificationsTestVector() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}"));
    }

    @Test
    void aChangedBodyIdOrTimestampChangesTheSignature() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature = WebhookSignature.sign(secret, "msg_1", 1614265330, "{}");
        assertNotEquals(signature, WebhookSignature.sign(secret, "msg_2", 1614265330, "{}"));
        assertNotEquals(signature, WebhookSignature.sign(secret, "msg_1", 1614265331, "{}"));
        assertNotEquals(signature, WebhookSignature.sign(secret, "msg_1", 1614265330, "{ }"));
    }

    @Test
    void aNewSecretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
        String first = WebhookSignature.newSecret(new SecureRandom());
        assertTrue(first.startsWith("whsec_"), first);
        assertEquals(32, Base64.getDecoder().decode(first.substring("whsec_".length())).length);
        assertNotEquals(first, WebhookSignature.newSecret(new SecureRandom()));
    }
}
