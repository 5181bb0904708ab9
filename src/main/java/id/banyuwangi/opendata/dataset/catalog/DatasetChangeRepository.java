package id.banyuwangi.opendata.dataset.catalog;

import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Queries of {@link DatasetChange}; changes are only ever added. */
@ApplicationScoped
public class DatasetChangeRepository extends EntityRepository<DatasetChange, Long> {

    /** Records a metadata change. */
    public void record(String datasetId, Instant at, String keyId, String changes) {
        DatasetChange change = new DatasetChange();
        change.datasetId = datasetId;
        change.changedAt = at;
        change.keyId = keyId;
        change.changes = changes;
        persist(change);
    }

    /** Removes the recorded changes of a dataset. */
    public void deleteDataset(String datasetId) {
        delete("datasetId", datasetId);
    }
}
