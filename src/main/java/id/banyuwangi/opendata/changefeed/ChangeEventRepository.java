package id.banyuwangi.opendata.changefeed;

import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Queries of {@link ChangeEvent}; events are only ever added, in commit order. */
@ApplicationScoped
public class ChangeEventRepository extends EntityRepository<ChangeEvent, Long> {

    /**
     * Adds an event in the caller's transaction with the next id in commit order. The transaction first writes what
     * it changed (so that the rows of the change, such as a dataset's, are always locked before the feed's and two
     * writers cannot wait for each other), then locks the one row of {@code change_feed_lock} until it ends, and only
     * then reads the largest committed id: no other transaction can hold an id meanwhile, so ids commit in order and
     * a rolled-back one is given again.
     */
    public void append(ChangeEvent event) {
        EntityManager entityManager = getEntityManager();
        entityManager.flush();
        entityManager.createNativeQuery("SELECT id FROM change_feed_lock WHERE id = 1 FOR UPDATE").getSingleResult();
        event.id = latest() + 1;
        persist(event);
        entityManager.flush();
    }

    /** The id of the latest event, 0 when there is none. */
    public long latest() {
        Long latest = getEntityManager().createQuery("select max(e.id) from ChangeEvent e", Long.class)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    /**
     * At most {@code limit} events after position {@code after}, in order, up to {@code upTo} (all when null), of one
     * dataset and one type (any when null).
     */
    public List<ChangeEvent> after(long after, Long upTo, String datasetId, String type, int limit) {
        List<String> where = new ArrayList<>(List.of("e.id > :after"));
        Map<String, Object> params = new HashMap<>(Map.of("after", after));
        if (upTo != null) {
            where.add("e.id <= :upTo");
            params.put("upTo", upTo);
        }
        if (datasetId != null) {
            where.add("e.datasetId = :dataset");
            params.put("dataset", datasetId);
        }
        if (type != null) {
            where.add("e.type = :type");
            params.put("type", type);
        }
        // range() is inclusive
        return find("from ChangeEvent e where " + String.join(" and ", where) + " order by e.id", params)
                .range(0, limit - 1).list();
    }

    /** The latest {@code limit} events of one dataset, newest first. */
    public List<ChangeEvent> latestOf(String datasetId, int limit) {
        // range() is inclusive
        return find("from ChangeEvent e where e.datasetId = ?1 order by e.id desc", datasetId).range(0, limit - 1)
                .list();
    }
}
