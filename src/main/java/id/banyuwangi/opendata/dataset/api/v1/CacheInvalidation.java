package id.banyuwangi.opendata.dataset.api.v1;

import id.banyuwangi.opendata.common.http.RepresentationCache;
import id.banyuwangi.opendata.common.replica.ReplicaSignal;
import id.banyuwangi.opendata.dataset.catalog.DatasetChanged;
import id.banyuwangi.opendata.dataset.release.ReleasePublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Drops the rendered responses once a change to the catalog has committed, and tells the other replicas: a release
 * reaches every typed endpoint (observations, services, profiles) through its projections, so any response may be
 * stale.
 */
@ApplicationScoped
class CacheInvalidation {

    private final RepresentationCache cache;
    private final ReplicaSignal replicas;

    CacheInvalidation(RepresentationCache cache, ReplicaSignal replicas) {
        this.cache = cache;
        this.replicas = replicas;
    }

    void onRelease(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleasePublished release) {
        changed();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetChanged change) {
        changed();
    }

    private void changed() {
        cache.invalidateAll();
        replicas.announce();
    }
}
