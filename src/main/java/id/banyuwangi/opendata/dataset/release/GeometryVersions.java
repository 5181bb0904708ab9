package id.banyuwangi.opendata.dataset.release;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.geo.Feature;
import id.banyuwangi.opendata.common.geo.Geometries;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The published versions whose records have a geometry, read as features: their extent, pages of their records as
 * GeoJSON features (optionally only those that meet a box) and single records by key.
 */
@ApplicationScoped
public class GeometryVersions {

    /**
     * A page of features.
     *
     * @param features   the features of the page, in key order
     * @param matched    how many records of the version match, over all pages
     * @param nextCursor the cursor of the next page, null on the last
     */
    public record FeaturePage(List<Feature> features, long matched, String nextCursor) {
    }

    private static final String SCOPE = "features";
    private static final int EXTENTS_KEPT = 1000;

    private final DatasetService datasets;
    private final DatasetVersionRepository versions;
    private final DatasetRecordRepository records;
    private final RecordQueries recordQueries;
    private final Pager pager;
    /** A version never changes, so neither does the extent of its geometries. */
    private final Cache<DatasetVersion.Key, Optional<BoundingBox>> extents = Caffeine.newBuilder()
            .maximumSize(EXTENTS_KEPT).build();

    public GeometryVersions(DatasetService datasets, DatasetVersionRepository versions,
            DatasetRecordRepository records, RecordQueries recordQueries, Pager pager) {
        this.datasets = datasets;
        this.versions = versions;
        this.records = records;
        this.recordQueries = recordQueries;
        this.pager = pager;
    }

    /** Every version whose records have a geometry, by dataset and number. */
    public List<DatasetVersion> list() {
        return versions.withGeometry();
    }

    /** A version with geometry; 404 when the dataset has no such version or its records have no geometry. */
    public DatasetVersion get(String datasetId, int number) {
        return versions.find(datasetId, number).filter(v -> v.formats().contains(Format.GEOJSON))
                .orElseThrow(() -> ApiException.notFound("Dataset " + datasetId + " has no version " + number
                        + " with geometry."));
    }

    /** The smallest box that holds the geometries of a version's records, or null when none has one. */
    @Transactional
    public BoundingBox extent(DatasetVersion version) {
        return extents.get(version.key, key -> {
            BoundingBox[] extent = {null};
            records.forEachInVersion(table(version), version.number(), r -> {
                if (r.geometry != null) {
                    BoundingBox bounds = Geometries.bounds(r.geometry);
                    extent[0] = extent[0] == null ? bounds : extent[0].union(bounds);
                }
            });
            return Optional.ofNullable(extent[0]);
        }).orElse(null);
    }

    /**
     * One page of a version's records as features, in key order, after the record {@code cursor} names (null for
     * the first page). With a {@code box}, only the records whose geometry meets it and those without a geometry
     * (OGC API - Features, /req/core/fc-bbox-response) count; every record of the version is then read, in
     * constant memory.
     */
    @Transactional
    public FeaturePage features(DatasetVersion version, BoundingBox box, String cursor, int limit) {
        RecordTable table = table(version);
        String after = cursor == null ? null : pager.position(SCOPE, cursor);
        List<DatasetRecord> page = new ArrayList<>(limit + 1);
        long matched;
        if (box == null) {
            PageRequest<DatasetRecord> request = new PageRequest<>(limit, recordQueries.sort(table.schema())
                    .parse(null), after == null ? null : List.of(after));
            page.addAll(records.page(table, version.number(), new RecordFilter(List.of(), List.of()), request));
            matched = version.rowCount;
        } else {
            long[] count = {0};
            records.forEachInVersion(table, version.number(), r -> {
                if (r.geometry == null || Geometries.intersects(r.geometry, box)) {
                    count[0]++;
                    if ((after == null || r.sortKey.compareTo(after) > 0) && page.size() <= limit) {
                        page.add(r);
                    }
                }
            });
            matched = count[0];
        }
        List<DatasetRecord> items = page.size() > limit ? page.subList(0, limit) : page;
        String next = page.size() > limit ? pager.token(SCOPE, items.get(items.size() - 1).sortKey) : null;
        return new FeaturePage(items.stream().map(r -> feature(table.schema(), r)).toList(), matched, next);
    }

    /** The record whose key is {@code recordKey} as a feature; 404 when the version holds none. */
    public Feature feature(DatasetVersion version, String recordKey) {
        RecordTable table = table(version);
        return records.find(table, version.number(), RowChecker.sortKey(recordKey))
                .map(r -> feature(table.schema(), r))
                .orElseThrow(() -> ApiException.notFound("Version " + version.number() + " of dataset "
                        + version.key.datasetId() + " has no record " + recordKey + "."));
    }

    private static Feature feature(TableSchema schema, DatasetRecord record) {
        return Feature.of(record.recordKey, record.geometry, DatasetEncoder.properties(schema, record));
    }

    private RecordTable table(DatasetVersion version) {
        Dataset dataset = datasets.get(version.key.datasetId());
        return RecordTable.of(dataset.recordTable, datasets.schema(dataset));
    }
}
