package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.paging.Keyset;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.paging.SortField;
import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries of {@link DatasetDraft}. */
@ApplicationScoped
public class DatasetDraftRepository extends EntityRepository<DatasetDraft, String> {

    /** The order of a dataset's drafts: by id (random, so the list is stable rather than meaningful). */
    public static final Sort<DatasetDraft> SORT = new Sort<>(
            new SortField<>("id", "id", String.class, d -> d.id), List.of());

    /** The draft with this id of this dataset. */
    public Optional<DatasetDraft> find(String datasetId, String id) {
        return find("id = ?1 and datasetId = ?2", id, datasetId).firstResultOptional();
    }

    /** Whether a dataset has a ready draft (whose rows are staged). */
    public boolean hasReady(String datasetId) {
        return count("datasetId = ?1 and status = ?2", datasetId, DatasetDraft.Status.READY.code()) > 0;
    }

    /** One page of a dataset's drafts, plus one row. */
    public List<DatasetDraft> page(String datasetId, PageRequest<DatasetDraft> page) {
        Map<String, Object> params = new HashMap<>(Map.of("dataset", datasetId));
        // range() is inclusive: limit + 1 rows
        return find(Keyset.query("from DatasetDraft d", "d", List.of("d.datasetId = :dataset"), params, page),
                params).range(0, page.limit()).list();
    }

    /** Removes every draft of a dataset. */
    void deleteDataset(String datasetId) {
        delete("datasetId", datasetId);
    }
}
