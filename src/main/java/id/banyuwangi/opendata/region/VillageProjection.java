package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.dataset.DatasetProjection;
import id.banyuwangi.opendata.dataset.DatasetRecord;
import id.banyuwangi.opendata.dataset.DatasetService;
import id.banyuwangi.opendata.dataset.TableSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Keeps {@code /api/v1/villages} in step with the {@code villages} dataset: a published release that renames a
 * village, or changes its postal code, BPS code or centroid, updates the village, and a renamed village keeps its
 * previous name as a former name (found by the name search). Villages come and go only with the region seed
 * (codes and boundaries are Kemendagri's), and the dataset's code field refers to the region register, so a
 * release cannot name a village that does not exist.
 */
@ApplicationScoped
public class VillageProjection implements DatasetProjection {

    private static final String DATASET = "villages";
    private static final int PAGE = 500;

    private final DatasetService datasets;
    private final VillageRepository villages;
    private final RegionDirectory directory;

    public VillageProjection(DatasetService datasets, VillageRepository villages, RegionDirectory directory) {
        this.datasets = datasets;
        this.villages = villages;
        this.directory = directory;
    }

    @Override
    public String datasetId() {
        return DATASET;
    }

    @Override
    public void apply(int from, int to) {
        TableSchema schema = datasets.schema(datasets.get(DATASET));
        String after = null;
        List<DatasetRecord> page;
        do {
            page = datasets.entered(DATASET, from, to, after, PAGE);
            for (DatasetRecord record : page) {
                villages.findByIdOptional(value(schema, record, "code"))
                        .ifPresent(v -> update(v, schema, record, from));
            }
            after = page.isEmpty() ? null : page.get(page.size() - 1).sortKey;
        } while (page.size() == PAGE);
    }

    @Override
    public void committed() {
        directory.invalidate();
    }

    private static void update(Village village, TableSchema schema, DatasetRecord record, int from) {
        String name = value(schema, record, "name");
        if (!name.isEmpty() && !name.equals(village.name)) {
            if (village.formerNames.stream().noneMatch(f -> f.name.equals(village.name))) {
                FormerName former = new FormerName();
                former.name = village.name;
                former.nameKey = Village.searchKey(village.name);
                former.decree = "villages dataset, version " + from;
                village.formerNames.add(former);
            }
            village.name = name;
            village.nameKey = Village.searchKey(name);
        }
        village.postalCode = blankToNull(value(schema, record, "postal_code"));
        village.bpsCode = blankToNull(value(schema, record, "bps_code"));
        village.lat = decimal(schema, record, "lat");
        village.lon = decimal(schema, record, "lon");
    }

    private static String value(TableSchema schema, DatasetRecord record, String field) {
        int slot = schema.slot(field);
        return slot == 0 ? "" : record.text(slot);
    }

    private static Double decimal(TableSchema schema, DatasetRecord record, String field) {
        int slot = schema.slot(field);
        BigDecimal number = slot == 0 ? null : record.number(slot);
        return Objects.isNull(number) ? null : number.doubleValue();
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
