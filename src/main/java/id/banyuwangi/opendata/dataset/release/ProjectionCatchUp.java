package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.seed.SeedService;
import id.banyuwangi.opendata.dataset.catalog.DatasetRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** On start, after the seed, brings every projection up to the latest version of each dataset it follows. */
@ApplicationScoped
class ProjectionCatchUp {

    private static final Logger LOG = Logger.getLogger(ProjectionCatchUp.class);

    private final DatasetRepository datasets;
    private final DatasetPublisher publisher;

    ProjectionCatchUp(DatasetRepository datasets, DatasetPublisher publisher) {
        this.datasets = datasets;
        this.publisher = publisher;
    }

    void onStart(@Observes @Priority(SeedService.PRIORITY + 50) StartupEvent event) {
        for (String id : QuarkusTransaction.requiringNew().call(datasets::ids)) {
            int applied = QuarkusTransaction.requiringNew().call(() -> publisher.catchUp(id));
            if (applied > 0) {
                LOG.infof("Applied %d version(s) of dataset %s to the projections that follow it", applied, id);
            }
        }
    }
}
