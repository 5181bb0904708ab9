package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetStorage;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/** The catalog's view of the release storage: tables made, restyled and dropped, versions and drafts forgotten. */
@ApplicationScoped
class RecordStorage implements DatasetStorage {

    private final DatasetRecordRepository records;
    private final DatasetVersionRepository versions;
    private final DatasetDraftRepository drafts;
    private final ProjectionStateRepository applied;
    private final Instance<DatasetProjection> projections;

    RecordStorage(DatasetRecordRepository records, DatasetVersionRepository versions, DatasetDraftRepository drafts,
            ProjectionStateRepository applied, Instance<DatasetProjection> projections) {
        this.records = records;
        this.versions = versions;
        this.drafts = drafts;
        this.applied = applied;
        this.projections = projections;
    }

    @Override
    public String create(String datasetId, TableSchema schema) {
        return records.create(datasetId, schema);
    }

    @Override
    public void drop(String table) {
        records.drop(table);
    }

    @Override
    public boolean published(String datasetId) {
        return versions.latest(datasetId).isPresent();
    }

    @Override
    public boolean hasReadyDrafts(String datasetId) {
        return drafts.hasReady(datasetId);
    }

    @Override
    public void restyle(Dataset dataset, TableSchema from, TableSchema to) {
        RecordTable table = RecordTable.of(dataset.recordTable, from);
        for (TableSchema.Field field : table.newlyIndexedText(to)) {
            long longest = records.longest(table, field);
            if (longest > RecordTable.MAX_INDEXED_BYTES) {
                throw new ApiException(ProblemType.CONFLICT, "Field '" + field.name() + "' holds values of up to "
                        + longest + " bytes in published versions; a filterable field holds at most "
                        + RecordTable.MAX_INDEXED_BYTES + ".", List.of());
            }
        }
        records.reindex(table, to);
    }

    @Override
    public void forget(String datasetId) {
        projections.stream().filter(p -> p.follows(datasetId)).forEach(p -> p.withdraw(datasetId));
        applied.deleteDataset(datasetId);
        drafts.deleteDataset(datasetId);
        versions.deleteDataset(datasetId);
    }
}
