package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of {@link ProjectionState}. */
@ApplicationScoped
class ProjectionStateRepository extends EntityRepository<ProjectionState, ProjectionState.Key> {

    /** The latest version of the dataset the projection has applied; 0 for none. */
    int applied(String projection, String datasetId) {
        ProjectionState state = findById(new ProjectionState.Key(projection, datasetId));
        return state == null ? 0 : state.version;
    }

    /** Records that the projection has applied this version of the dataset. */
    void record(String projection, String datasetId, int version) {
        ProjectionState state = findById(new ProjectionState.Key(projection, datasetId));
        if (state == null) {
            state = new ProjectionState();
            state.key = new ProjectionState.Key(projection, datasetId);
            persist(state);
        }
        state.version = version;
    }

    /** Forgets what the projections applied of a dataset. */
    void deleteDataset(String datasetId) {
        delete("key.datasetId", datasetId);
    }
}
