package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.dataset.release.DatasetProjection;
import id.banyuwangi.opendata.dataset.release.Release;
import id.banyuwangi.opendata.dataset.release.ReleaseRow;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes {@code /api/v1/observations}, the summaries and the village profiles a view of the long-format datasets
 * (fields area_code, indicator, period, value, unit, source, note): each record of a release is checked as an
 * observation ({@link ObservationFactory}) and one that is not (an indicator that is not catalogued, an area at a
 * level the indicator lacks, a unit or source that does not exist) refuses the release. Values keep their history
 * ({@link Observation#firstVersion}, {@link Observation#lastVersion}), so answers can come from earlier releases.
 */
@Singleton
public class ObservationProjection extends DatasetProjection {

    /** The datasets whose records are observations. */
    static final Set<String> DATASETS = Set.of("idm", "idm-press-reports", "population", "area",
            "smart-kampung-rollout");

    private static final int BATCH = 1000;

    private final ObservationRepository observations;
    private final ObservationFactory factory;

    public ObservationProjection(ObservationRepository observations, ObservationFactory factory) {
        super("observations", DATASETS);
        this.observations = observations;
        this.factory = factory;
    }

    @Override
    public RowCheck check(String datasetId) {
        return row -> refusal(() -> observation(datasetId, row));
    }

    @Override
    public void apply(Release release) {
        List<String> left = new ArrayList<>();
        release.left(row -> left.add(row.key()));
        observations.close(release.datasetId(), left, release.version() - 1);
        List<Observation> batch = new ArrayList<>(BATCH);
        release.entered(row -> {
            Observation o;
            try {
                o = observation(release.datasetId(), row);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("record " + row.key() + ": " + e.getMessage(), e);
            }
            o.recordKey = row.key();
            o.firstVersion = release.version();
            batch.add(o);
            if (batch.size() == BATCH) {
                observations.add(batch);
                batch.clear();
            }
        });
        observations.add(batch);
    }

    @Override
    public void withdraw(String datasetId) {
        observations.delete("datasetId", datasetId);
    }

    private Observation observation(String datasetId, ReleaseRow row) {
        Observation o = factory.create(row.text("indicator"), row.text("area_code"), row.text("period"),
                row.text("value"), row.text("unit"), row.text("source"), row.text("note"));
        o.datasetId = datasetId;
        return o;
    }
}
