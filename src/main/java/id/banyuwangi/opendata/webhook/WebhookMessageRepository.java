package id.banyuwangi.opendata.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries of {@link WebhookMessage}: the outbox. */
@ApplicationScoped
class WebhookMessageRepository {

    private final EntityManager entityManager;

    WebhookMessageRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void persist(WebhookMessage message) {
        entityManager.persist(message);
    }

    /** The message, locked until the transaction ends. */
    Optional<WebhookMessage> findForUpdate(String id) {
        return Optional.ofNullable(entityManager.find(WebhookMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * Claims at most {@code limit} pending messages due at {@code now}, oldest due first, for the caller until
     * {@code until}: their rows are locked with {@code FOR UPDATE SKIP LOCKED} (PostgreSQL and H2), so that two
     * replicas claiming at once take different messages, and their due time becomes the claim's end, so that no
     * other replica takes them while the caller sends them (nor after its transaction has ended). A claim that was
     * not released by then (the replica died) lapses and the messages are due again: delivery is at least once.
     */
    @SuppressWarnings("unchecked")
    List<WebhookMessage> claim(Instant now, Instant until, String token, int limit) {
        List<String> ids = entityManager.createNativeQuery("SELECT id FROM webhook_message WHERE status = ?1"
                        + " AND next_attempt_at <= ?2 ORDER BY next_attempt_at, id FETCH FIRST " + limit
                        + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, WebhookMessage.Status.PENDING.code()).setParameter(2, now).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<WebhookMessage> messages = entityManager.createQuery("from WebhookMessage m where m.id in :ids"
                + " order by m.nextAttemptAt, m.id", WebhookMessage.class).setParameter("ids", ids).getResultList();
        for (WebhookMessage message : messages) {
            message.nextAttemptAt = until;
            message.claimToken = token;
        }
        entityManager.flush();
        return messages;
    }

    /** Gives up the pending messages of a subscription at {@code now} (it was disabled). */
    int failPending(String subscriptionId, Instant now) {
        return entityManager.createQuery("update WebhookMessage m set m.status = :failed, m.finishedAt = :now,"
                        + " m.nextAttemptAt = null, m.claimToken = null"
                        + " where m.subscriptionId = :subscription and m.status = :pending")
                .setParameter("failed", WebhookMessage.Status.FAILED.code()).setParameter("now", now)
                .setParameter("subscription", subscriptionId)
                .setParameter("pending", WebhookMessage.Status.PENDING.code()).executeUpdate();
    }
}
