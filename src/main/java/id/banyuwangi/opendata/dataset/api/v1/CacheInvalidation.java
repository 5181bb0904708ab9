package id.banyuwangi.opendata.dataset.api.v1;

import id.banyuwangi.opendata.common.http.RepresentationCache;
import id.banyuwangi.opendata.dataset.catalog.DatasetChanged;
import id.banyuwangi.opendata.dataset.release.ReleasePublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Drops the rendered responses once a change to the catalog has committed: a release reaches every typed endpoint
 * (observations, services, profiles) through its projections, so any response may be stale.
 */
@ApplicationScoped
class CacheInvalidation {

    private final RepresentationCache cache;

    CacheInvalidation(RepresentationCache cache) {
        this.cache = cache;
    }

    void onRelease(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleasePublished release) {
        cache.invalidateAll();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetChanged change) {
        cache.invalidateAll();
    }
}
