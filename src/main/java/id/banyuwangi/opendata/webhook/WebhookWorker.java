package id.banyuwangi.opendata.webhook;

import id.banyuwangi.opendata.changefeed.ChangeRecorded;
import id.banyuwangi.opendata.common.background.RoundLoop;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.replica.ReplicaChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Sends the outbox's messages; every replica runs one. Each round claims the due messages no other replica holds
 * ({@link WebhookMessageRepository#claim}), sends them at once, outside any transaction, with the Standard Webhooks
 * headers ({@code webhook-id}: the message's id, the same on every attempt; {@code webhook-timestamp}: the attempt's
 * time in seconds; {@code webhook-signature}), and records each outcome in the delivery log: a 2xx delivers the
 * message, anything else (another status, a timeout, no connection, a target that now resolves to a private
 * address) schedules the next attempt by the {@link RetrySchedule}, or fails the message when it was the last; a
 * subscription whose {@code disable-after-failures} messages in a row failed is disabled. The outcome is only
 * recorded as the message's while the claim holds, so a message acknowledged once is never sent again. Rounds run
 * every {@code poll-interval}, and at once when a change commits on this replica or another announces one.
 */
@ApplicationScoped
class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int MAX_ERROR = 500;

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookMessageRepository messages;
    private final WebhookAttemptRepository attempts;
    private final OpenDataConfig.Webhooks config;
    private final RetrySchedule schedule;
    private final HttpClient client;
    private final RoundLoop loop;

    WebhookWorker(WebhookSubscriptionRepository subscriptions, WebhookMessageRepository messages,
            WebhookAttemptRepository attempts, OpenDataConfig config) {
        this.subscriptions = subscriptions;
        this.messages = messages;
        this.attempts = attempts;
        this.config = config.webhooks();
        this.schedule = RetrySchedule.of(this.config);
        this.client = HttpClient.newBuilder().connectTimeout(this.config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.loop = new RoundLoop("webhook-delivery", this.config.pollInterval(), this::round, LOG,
                "Webhook messages could not be claimed or recorded (%s); trying again",
                "Webhook messages are read again; deliveries go on");
    }

    /** The outcome of one attempt: a status code, or the error that stopped it. */
    private record Result(Instant startedAt, Instant finishedAt, Integer statusCode, String error) {
        boolean acknowledged() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    void onStart(@Observes StartupEvent event) {
        loop.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        loop.stop();
    }

    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ChangeRecorded recorded) {
        loop.wake();
    }

    void onReplicaChanged(@Observes ReplicaChanged change) {
        loop.wake();
    }

    /** A claimed message, with the URL and secret of its subscription. */
    private record Claim(WebhookMessage message, String url, String secret) {
    }

    /** One round: sends the due messages this replica could claim; returns whether more may be due. */
    private boolean round() {
        String token = UUID.randomUUID().toString();
        Instant now = Instant.now();
        // the claim outlasts the round: every send ends within the timeout
        Instant until = now.plus(config.timeout().multipliedBy(2)).plusSeconds(30);
        List<Claim> claims = QuarkusTransaction.requiringNew().call(() -> claim(now, until, token));
        List<CompletableFuture<Result>> sent = claims.stream().map(this::send).toList();
        for (int i = 0; i < claims.size(); i++) {
            WebhookMessage message = claims.get(i).message();
            Result result = sent.get(i).join();
            QuarkusTransaction.requiringNew().run(() -> record(message, token, result));
        }
        return claims.size() == config.batchSize();
    }

    private List<Claim> claim(Instant now, Instant until, String token) {
        List<Claim> claims = new ArrayList<>();
        for (WebhookMessage message : messages.claim(now, until, token, config.batchSize())) {
            subscriptions.find(message.subscriptionId).ifPresent(s -> claims.add(new Claim(message, s.url,
                    s.secret)));
        }
        return claims;
    }

    private CompletableFuture<Result> send(Claim claim) {
        Instant started = Instant.now();
        WebhookMessage message = claim.message();
        Optional<String> refused = WebhookTarget.refusal(claim.url(), config.allowPrivateTargets());
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Result(started, Instant.now(), null,
                    "not sent: the URL " + refused.get()));
        }
        long timestamp = started.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(claim.url())).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "banyuwangi-open-data-webhooks")
                .header("webhook-id", message.id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(claim.secret(), message.id, timestamp,
                        message.payload))
                .POST(HttpRequest.BodyPublishers.ofString(message.payload)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> new Result(started, Instant.now(), r.statusCode(), null))
                .exceptionally(e -> new Result(started, Instant.now(), null, describe(e)));
    }

    private String describe(Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        String text = e instanceof HttpTimeoutException ? "no answer within " + config.timeout()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    /** Records an attempt in the log and, while the claim holds, as the message's outcome. */
    private void record(WebhookMessage claimed, String token, Result result) {
        // the subscription first, as a delete does: two transactions never wait for each other
        Optional<WebhookSubscription> found = subscriptions.findForUpdate(claimed.subscriptionId);
        Optional<WebhookMessage> current = found.flatMap(s -> messages.findForUpdate(claimed.id));
        if (current.isEmpty()) {
            return;
        }
        WebhookSubscription subscription = found.get();
        WebhookMessage message = current.get();
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.subscriptionId = message.subscriptionId;
        attempt.messageId = message.id;
        attempt.eventId = message.eventId;
        attempt.startedAt = result.startedAt();
        attempt.finishedAt = result.finishedAt();
        attempt.statusCode = result.statusCode();
        attempt.error = result.error();
        boolean held = token.equals(message.claimToken) && WebhookMessage.Status.PENDING.code().equals(message.status);
        if (!held) {
            // the claim lapsed (or the subscription was disabled) meanwhile: logged, but the message is another's now
            attempt.attempt = claimed.attempts + 1;
            attempt.outcome = (result.acknowledged() ? WebhookAttempt.Outcome.DELIVERED
                    : WebhookAttempt.Outcome.FAILED).code();
            attempts.persist(attempt);
            return;
        }
        message.attempts++;
        attempt.attempt = message.attempts;
        if (message.firstAttemptAt == null) {
            message.firstAttemptAt = result.startedAt();
        }
        message.claimToken = null;
        if (result.acknowledged()) {
            message.status = WebhookMessage.Status.DELIVERED.code();
            message.finishedAt = result.finishedAt();
            message.nextAttemptAt = null;
            attempt.outcome = WebhookAttempt.Outcome.DELIVERED.code();
            subscription.consecutiveFailures = 0;
        } else {
            Optional<Instant> next = schedule.next(message.firstAttemptAt, result.startedAt(), message.attempts,
                    ThreadLocalRandom.current().nextDouble());
            message.nextAttemptAt = next.orElse(null);
            attempt.nextAttemptAt = next.orElse(null);
            attempt.outcome = (next.isPresent() ? WebhookAttempt.Outcome.RETRYING : WebhookAttempt.Outcome.FAILED)
                    .code();
            if (next.isEmpty()) {
                message.status = WebhookMessage.Status.FAILED.code();
                message.finishedAt = result.finishedAt();
                failed(subscription, result.finishedAt());
            }
        }
        attempts.persist(attempt);
    }

    private void failed(WebhookSubscription subscription, Instant at) {
        subscription.consecutiveFailures++;
        if (subscription.consecutiveFailures >= config.disableAfterFailures()
                && WebhookSubscription.Status.ACTIVE.code().equals(subscription.status)) {
            subscription.status = WebhookSubscription.Status.DISABLED.code();
            subscription.disabledAt = at;
            int dropped = messages.failPending(subscription.id, at);
            LOG.infof("Webhook subscription %s is disabled: %d messages in a row failed every attempt (%d pending"
                    + " ones dropped)", subscription.id, subscription.consecutiveFailures, dropped);
        }
    }
}
