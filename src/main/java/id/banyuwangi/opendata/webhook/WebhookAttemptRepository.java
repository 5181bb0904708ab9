package id.banyuwangi.opendata.webhook;

import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Queries of {@link WebhookAttempt}: the delivery log. */
@ApplicationScoped
class WebhookAttemptRepository {

    /** The order of the delivery log: by id, which is the order the attempts ended in. */
    static final Sort<WebhookAttempt> SORT = new Sort<>(
            new SortField<>("id", "id", Long.class, a -> a.id), List.of());

    private final EntityManager entityManager;

    WebhookAttemptRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void persist(WebhookAttempt attempt) {
        entityManager.persist(attempt);
    }

    /** One page of the attempts of a subscription, plus one row. */
    List<WebhookAttempt> page(String subscriptionId, PageRequest<WebhookAttempt> page) {
        boolean descending = page.order().descending();
        String jpql = "from WebhookAttempt a where a.subscriptionId = :subscription"
                + (page.after() == null ? "" : descending ? " and a.id < :after" : " and a.id > :after")
                + " order by a.id" + (descending ? " desc" : "");
        TypedQuery<WebhookAttempt> query = entityManager.createQuery(jpql, WebhookAttempt.class)
                .setParameter("subscription", subscriptionId);
        if (page.after() != null) {
            query.setParameter("after", page.after().get(0));
        }
        return query.setMaxResults(page.limit() + 1).getResultList();
    }
}
