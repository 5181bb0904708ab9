package id.banyuwangi.opendata.webhook.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WebhookReceiver;
import id.banyuwangi.opendata.testing.WebhookTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Webhooks delivered from the outbox: a receiver that is down for its first attempts gets each event exactly once
 * per webhook-id once it is back, signed as Standard Webhooks specifies, and the delivery log shows every attempt;
 * a receiver that never answers 2xx gets its subscription disabled.
 */
@QuarkusTest
@TestProfile(WebhookTestProfile.class)
class WebhookDeliveryTest {

    private static final String V1 = "village_code,market,stalls\r\n35.10.01.2001,Pasar Sarongan,40\r\n";
    private static final String V2 = "village_code,market,stalls\r\n35.10.01.2001,Pasar Sarongan,42\r\n";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Subscribes the receiver to every event of {@code dataset}; returns the id and the secret. */
    private static String[] subscribe(WebhookReceiver receiver, String dataset) {
        JsonPath issued = Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/json")
                .body(Map.of("url", receiver.url(), "datasets", List.of(dataset)))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        return new String[] {issued.getString("webhook.id"), issued.getString("secret")};
    }

    /** A markets dataset id that is not created yet. */
    private static String newDatasetId() {
        return "markets-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void createMarkets(String id) {
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/json")
                .body(Publishing.marketsDescription(id)).post("/api/v1/datasets").then().statusCode(201);
    }

    /** Every attempt of the delivery log, walking its pages of two. */
    private static List<Map<String, Object>> log(String webhook) {
        List<Map<String, Object>> attempts = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = Keys.asPublisherOf(Publishing.ORGANIZATION).queryParam("limit", 2)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200).extract().jsonPath();
            attempts.addAll(page.getList("items"));
            cursor = page.getString("paging.next_cursor");
        } while (cursor != null);
        return attempts;
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "within " + PATIENCE + ": " + what);
            Thread.sleep(50);
        }
    }

    /** The signature of Standard Webhooks, computed here independently of the service's code. */
    private static String signature(String secret, String id, String timestamp, String body)
            throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aReceiverDownForThreeAttemptsGetsEachEventExactlyOnceSignedWhenItIsBack() throws Exception {
        String dataset = newDatasetId();
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n <= 3 ? 503 : 200)) {
            String[] webhook = subscribe(receiver, dataset);
            createMarkets(dataset);
            Publishing.publish(dataset, V1);
            Publishing.publish(dataset, V2);
            List<Long> events = Keys.asAdmin().get("/api/v1/changes?dataset=" + dataset).then().statusCode(200)
                    .extract().jsonPath().getList("items.id", Long.class);
            assertEquals(3, events.size(), "created, version 1, version 2");
            awaitUntil("every event acknowledged", () -> log(webhook[0]).stream()
                    .filter(a -> "delivered".equals(a.get("outcome"))).count() == events.size());
            // more rounds of the worker, which must send nothing more
            Thread.sleep(500);

            List<WebhookReceiver.Request> requests = receiver.requests();
            Map<String, Integer> acknowledged = new TreeMap<>();
            Map<String, Long> eventOf = new HashMap<>();
            for (WebhookReceiver.Request request : requests) {
                assertEquals(signature(webhook[1], request.id(), request.timestamp(), request.body()),
                        request.signature(), "the signature of " + request.id());
                assertEquals("application/json", request.contentType());
                JsonPath body = new JsonPath(request.body());
                long event = body.getLong("data.id");
                assertEquals(event, eventOf.computeIfAbsent(request.id(), id -> event),
                        "a webhook-id always carries the same event");
                assertEquals(body.getString("type"), body.getString("data.type"));
                assertEquals(dataset, body.getString("data.dataset_id"));
                assertTrue(Math.abs(Long.parseLong(request.timestamp()) - Instant.now().getEpochSecond()) < 300,
                        "webhook-timestamp is the attempt's time in seconds: " + request.timestamp());
                if (request.answered() == 200) {
                    acknowledged.merge(request.id(), 1, Integer::sum);
                }
            }
            assertEquals(events.size(), acknowledged.size(), "one webhook-id per event: " + acknowledged);
            assertEquals(List.of(1, 1, 1), List.copyOf(acknowledged.values()), "each acknowledged exactly once");
            assertEquals(events, eventOf.values().stream().distinct().sorted().toList());
            assertEquals(3 + events.size(), requests.size(), "three refused attempts, then one per event");

            List<Map<String, Object>> attempts = log(webhook[0]);
            assertEquals(requests.size(), attempts.size(), "the log has every attempt: " + attempts);
            List<Map<String, Object>> refused = attempts.stream().filter(a -> Integer.valueOf(503)
                    .equals(a.get("status_code"))).toList();
            assertEquals(3, refused.size(), "the three refused attempts: " + attempts);
            for (Map<String, Object> attempt : refused) {
                assertEquals("retrying", attempt.get("outcome"));
                assertTrue(Instant.parse((String) attempt.get("next_attempt_at"))
                        .isAfter(Instant.parse((String) attempt.get("finished_at"))));
                assertEquals(null, attempt.get("error"));
            }
            for (Map<String, Object> attempt : attempts) {
                if ("delivered".equals(attempt.get("outcome"))) {
                    assertEquals(200, attempt.get("status_code"));
                    assertEquals(null, attempt.get("next_attempt_at"));
                    int earlier = (int) refused.stream().filter(r -> r.get("message_id")
                            .equals(attempt.get("message_id"))).count();
                    assertEquals(earlier + 1, attempt.get("attempt"), "attempts of a message count from 1");
                }
            }
            assertEquals(0, Keys.asPublisherOf(Publishing.ORGANIZATION).get("/api/v1/webhooks/" + webhook[0]).then()
                    .statusCode(200).extract().jsonPath().getInt("consecutive_failures"), "a delivery resets it");
            Keys.asPublisherOf(Publishing.ORGANIZATION).delete("/api/v1/webhooks/" + webhook[0]).then()
                    .statusCode(200);
        }
    }

    @Test
    void aReceiverThatNeverAcknowledgesIsRetriedForThePeriodThenItsSubscriptionIsDisabled() throws Exception {
        String dataset = newDatasetId();
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 500)) {
            String[] webhook = subscribe(receiver, dataset);
            createMarkets(dataset);
            Publishing.publish(dataset, V1);
            awaitUntil("the subscription disabled", () -> "disabled".equals(Keys.asPublisherOf(
                    Publishing.ORGANIZATION).get("/api/v1/webhooks/" + webhook[0]).then().statusCode(200).extract()
                    .path("status")));
            JsonPath disabled = Keys.asPublisherOf(Publishing.ORGANIZATION).get("/api/v1/webhooks/" + webhook[0])
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(WebhookTestProfile.DISABLE_AFTER, disabled.getInt("consecutive_failures"));
            Instant disabledAt = Instant.parse(disabled.getString("disabled_at"));

            List<Map<String, Object>> attempts = log(webhook[0]);
            Map<Object, List<Map<String, Object>>> byMessage = new TreeMap<>();
            attempts.forEach(a -> byMessage.computeIfAbsent(a.get("message_id"), m -> new ArrayList<>()).add(a));
            assertEquals(2, byMessage.size(), "the dataset's creation and its version: " + attempts);
            for (List<Map<String, Object>> tries : byMessage.values()) {
                Map<String, Object> last = tries.get(tries.size() - 1);
                assertEquals("failed", last.get("outcome"), "the last attempt of a message: " + tries);
                assertEquals(null, last.get("next_attempt_at"));
                Duration retried = Duration.between(Instant.parse((String) tries.get(0).get("started_at")),
                        Instant.parse((String) last.get("started_at")));
                assertTrue(retried.compareTo(Duration.ofSeconds(3)) >= 0, "retried for the period: " + retried);
                tries.subList(0, tries.size() - 1).forEach(a -> assertEquals("retrying", a.get("outcome")));
                tries.forEach(a -> assertEquals(500, a.get("status_code")));
            }
            // The two final attempts may run at once; the one recorded second (the log's order) disables it, at
            // its own end, which may come a moment before the other's.
            Map<String, Object> lastFailure = attempts.stream().filter(a -> "failed".equals(a.get("outcome")))
                    .reduce((first, second) -> second).orElseThrow();
            assertEquals(Instant.parse((String) lastFailure.get("finished_at")), disabledAt,
                    "disabled when the second message failed for good: " + attempts);
            int received = receiver.requests().size();
            assertEquals(attempts.size(), received);

            Publishing.publish(dataset, V2);
            Thread.sleep(500);
            assertEquals(received, receiver.requests().size(), "nothing is sent to a disabled subscription");
            Keys.asPublisherOf(Publishing.ORGANIZATION).delete("/api/v1/webhooks/" + webhook[0]).then()
                    .statusCode(200);
        }
    }
}
