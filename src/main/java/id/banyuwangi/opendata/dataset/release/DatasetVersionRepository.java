package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries of {@link DatasetVersion}; versions are only ever inserted. */
@ApplicationScoped
public class DatasetVersionRepository extends EntityRepository<DatasetVersion, DatasetVersion.Key> {

    /** The order of a dataset's versions. */
    public static final Sort<DatasetVersion> SORT = new Sort<>(
            new SortField<>("version", "key.version", Long.class, v -> (long) v.number()), List.of());

    /** One page of a dataset's versions, plus one row. */
    public List<DatasetVersion> page(String datasetId, PageRequest<DatasetVersion> page) {
        Map<String, Object> params = new HashMap<>(Map.of("dataset", datasetId));
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from DatasetVersion v", "v", List.of("v.key.datasetId = :dataset"), params, page),
                params).range(0, page.limit()).list();
    }

    /** One version. */
    public Optional<DatasetVersion> find(String datasetId, int version) {
        return findByIdOptional(new DatasetVersion.Key(datasetId, version));
    }

    /** The latest version of a dataset. */
    public Optional<DatasetVersion> latest(String datasetId) {
        return find("key.datasetId = ?1 order by key.version desc", datasetId).firstResultOptional();
    }

    /** Every version whose records have a geometry, by dataset and number. */
    public List<DatasetVersion> withGeometry() {
        return list("downloads.geojsonBytes is not null order by key.datasetId, key.version");
    }

    /** Every version of every dataset, by dataset and version number. */
    public List<DatasetVersion> everyVersion() {
        return list("order by key.datasetId, key.version");
    }

    /** The latest version number of every dataset that has one. */
    public Map<String, Integer> latestNumbers() {
        Map<String, Integer> latest = new HashMap<>();
        getEntityManager().createQuery("select v.key.datasetId, max(v.key.version) from DatasetVersion v"
                        + " group by v.key.datasetId", Object[].class)
                .getResultList().forEach(r -> latest.put((String) r[0], ((Number) r[1]).intValue()));
        return latest;
    }

    /** The number of the latest version published by {@code moment} of every dataset that had one then. */
    public Map<String, Integer> numbersAt(Instant moment) {
        Map<String, Integer> at = new HashMap<>();
        getEntityManager().createQuery("select v.key.datasetId, max(v.key.version) from DatasetVersion v"
                        + " where v.publishedAt <= :moment group by v.key.datasetId", Object[].class)
                .setParameter("moment", moment)
                .getResultList().forEach(r -> at.put((String) r[0], ((Number) r[1]).intValue()));
        return at;
    }

    /** Removes every version of a dataset. */
    void deleteDataset(String datasetId) {
        delete("key.datasetId", datasetId);
    }
}
