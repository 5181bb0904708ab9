package id.banyuwangi.opendata.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of Standard Webhooks (https://www.standardwebhooks.com/): a secret is {@code whsec_} and the base64 of
 * its key; the {@code webhook-signature} header is {@code v1,} and the base64 of the HMAC-SHA256, under that key, of
 * {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class WebhookSignature {

    /** The prefix of a secret. */
    static final String SECRET_PREFIX = "whsec_";

    /** Bytes of a new key (the specification asks for 24 to 64). */
    static final int KEY_BYTES = 32;

    private WebhookSignature() {
    }

    /** A new random secret. */
    static String newSecret(SecureRandom random) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} of a message: {@code v1,<base64 HMAC-SHA256>}. */
    static String sign(String secret, String messageId, long timestamp, String body) {
        String key = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            byte[] signed = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
