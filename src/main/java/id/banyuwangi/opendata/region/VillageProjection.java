package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.dataset.release.DatasetProjection;
import id.banyuwangi.opendata.dataset.release.Release;
import id.banyuwangi.opendata.dataset.release.ReleasePublished;
import id.banyuwangi.opendata.dataset.release.ReleaseRow;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Keeps {@code /api/v1/villages} in step with the {@code villages} dataset: a published release that renames a
 * village, or changes its postal code, BPS code or centroid, updates the village, and a renamed village keeps its
 * previous name as a former name (found by the name search), once, with the decree it was first recorded with.
 * Villages come and go only with the region seed (codes and boundaries are Kemendagri's), and the dataset's code
 * field refers to the region register, so a release cannot name a village that does not exist.
 */
@Singleton
public class VillageProjection extends DatasetProjection {

    private static final String DATASET = "villages";

    private final VillageRepository villages;
    private final RegionDirectory directory;

    public VillageProjection(VillageRepository villages, RegionDirectory directory) {
        super("villages", Set.of(DATASET));
        this.villages = villages;
        this.directory = directory;
    }

    /** The schema's foreign key already ties every row to a village of the register. */
    @Override
    public RowCheck check(String datasetId) {
        return row -> null;
    }

    @Override
    public void apply(Release release) {
        release.entered(row -> villages.findByIdOptional(row.text("code"))
                .ifPresent(v -> update(v, row, release.version() - 1)));
    }

    /** Villages are the region register's and stay; only their dataset goes. */
    @Override
    public void withdraw(String datasetId) {
        // nothing of the villages was made from the dataset alone
    }

    /** The directory holds names: once a release of the villages has committed, it reads them again. */
    void onRelease(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleasePublished release) {
        if (follows(release.datasetId())) {
            directory.invalidate();
        }
    }

    private static void update(Village village, ReleaseRow row, int from) {
        String name = row.text("name");
        if (!name.isEmpty() && !name.equals(village.name)) {
            if (from > 0 && village.formerNames.stream().noneMatch(f -> f.name.equals(village.name))) {
                FormerName former = new FormerName();
                former.name = village.name;
                former.nameKey = Village.searchKey(village.name);
                former.decree = "villages dataset, version " + from;
                village.formerNames.add(former);
            }
            village.name = name;
            village.nameKey = Village.searchKey(name);
        }
        village.postalCode = row.optional("postal_code");
        village.bpsCode = row.optional("bps_code");
        village.lat = decimal(row, "lat");
        village.lon = decimal(row, "lon");
    }

    private static Double decimal(ReleaseRow row, String field) {
        String text = row.optional(field);
        return text == null ? null : Double.valueOf(text);
    }
}
