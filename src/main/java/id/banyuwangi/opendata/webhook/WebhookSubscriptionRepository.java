package id.banyuwangi.opendata.webhook;

import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Queries of {@link WebhookSubscription}. */
@ApplicationScoped
class WebhookSubscriptionRepository {

    /** The order of the subscription list: by id. */
    static final Sort<WebhookSubscription> SORT = new Sort<>(
            new SortField<>("id", "id", String.class, s -> s.id), List.of());

    private final EntityManager entityManager;

    WebhookSubscriptionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void persist(WebhookSubscription subscription) {
        entityManager.persist(subscription);
    }

    Optional<WebhookSubscription> find(String id) {
        return Optional.ofNullable(entityManager.find(WebhookSubscription.class, id));
    }

    /** The subscription, locked until the transaction ends (its failure count is changed by every replica). */
    Optional<WebhookSubscription> findForUpdate(String id) {
        return Optional.ofNullable(entityManager.find(WebhookSubscription.class, id,
                LockModeType.PESSIMISTIC_WRITE));
    }

    void delete(WebhookSubscription subscription) {
        entityManager.remove(subscription);
    }

    /** The active subscriptions. */
    List<WebhookSubscription> active() {
        return entityManager.createQuery("from WebhookSubscription s where s.status = :status",
                WebhookSubscription.class).setParameter("status", WebhookSubscription.Status.ACTIVE.code())
                .getResultList();
    }

    /** One page of the subscriptions of {@code organization} (all when null), plus one row. */
    List<WebhookSubscription> page(PageRequest<WebhookSubscription> page, String organization) {
        boolean descending = page.order().descending();
        StringBuilder jpql = new StringBuilder("from WebhookSubscription s where 1 = 1");
        if (organization != null) {
            jpql.append(" and s.organizationId = :organization");
        }
        if (page.after() != null) {
            jpql.append(descending ? " and s.id < :after" : " and s.id > :after");
        }
        jpql.append(" order by s.id").append(descending ? " desc" : "");
        TypedQuery<WebhookSubscription> query = entityManager.createQuery(jpql.toString(),
                WebhookSubscription.class);
        if (organization != null) {
            query.setParameter("organization", organization);
        }
        if (page.after() != null) {
            query.setParameter("after", page.after().get(0));
        }
        return query.setMaxResults(page.limit() + 1).getResultList();
    }
}
