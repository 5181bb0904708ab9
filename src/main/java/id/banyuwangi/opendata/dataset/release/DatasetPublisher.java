package id.banyuwangi.opendata.dataset.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.dataset.catalog.DatasetRepository;
import id.banyuwangi.opendata.dataset.catalog.RegionRegister;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes new versions of datasets, for the seed and for uploads alike, in two steps. {@link #stage} opens a draft
 * whose rows are checked against the Table Schema and staged as they stream in; once all are in, the draft gets
 * its diff against the latest version and the SHA-256 and sizes of its downloads, computed with the encoder the
 * downloads use. {@link #publish} then turns the draft into the next version in one transaction: it closes the
 * latest records the draft changes or drops and adds only the new and changed rows, so storage grows with what
 * changed and a reader sees either the old latest version or the new one. This is the one way data enters the
 * typed collections: every {@link DatasetProjection} that follows the dataset checks each staged row and applies
 * the published version in the same transaction, and {@link ReleasePublished} is fired once they have. Runs in the
 * caller's transaction.
 */
@ApplicationScoped
public class DatasetPublisher {

    private static final int BATCH = 1000;

    private final DatasetRepository datasets;
    private final DatasetVersionRepository versions;
    private final DatasetDraftRepository drafts;
    private final DraftRecordRepository draftRecords;
    private final DatasetRecordRepository records;
    private final RegionRegister regions;
    private final Instance<DatasetProjection> projections;
    private final ProjectionStateRepository applied;
    private final DatasetService catalog;
    private final Event<ReleasePublished> published;
    private final ObjectMapper json;

    public DatasetPublisher(DatasetRepository datasets, DatasetService catalog, DatasetVersionRepository versions,
            DatasetDraftRepository drafts, DraftRecordRepository draftRecords, DatasetRecordRepository records,
            RegionRegister regions, Instance<DatasetProjection> projections, ProjectionStateRepository applied,
            Event<ReleasePublished> published, ObjectMapper json) {
        this.datasets = datasets;
        this.catalog = catalog;
        this.versions = versions;
        this.drafts = drafts;
        this.draftRecords = draftRecords;
        this.records = records;
        this.regions = regions;
        this.projections = projections;
        this.applied = applied;
        this.published = published;
        this.json = json;
    }

    /** The tables of a dataset's records and drafts. */
    public RecordTable table(Dataset dataset) {
        return RecordTable.of(dataset.recordTable, catalog.schema(dataset));
    }

    /** Opens a draft of the next version of {@code dataset}; add its rows, then {@link Staging#finish()} it. */
    public Staging stage(Dataset dataset, String notesId, String notesEn, String createdBy) {
        DatasetDraft draft = new DatasetDraft();
        draft.id = UUID.randomUUID().toString();
        draft.datasetId = dataset.id;
        draft.status = DatasetDraft.Status.READY.code();
        draft.baseVersion = versions.latest(dataset.id).map(DatasetVersion::number).orElse(null);
        draft.notesId = notesId;
        draft.notesEn = notesEn;
        draft.createdAt = Instant.now();
        draft.createdBy = createdBy;
        drafts.persist(draft);
        return new Staging(draft, table(dataset));
    }

    /**
     * Publishes a ready draft as the next version and applies it to the projections that follow the dataset.
     * Publishes of one dataset are serialised by a lock on its row; a draft made against a version that is no
     * longer the latest is a conflict (its diff would be wrong). A release a projection refuses is an
     * {@link InvalidRowsException} naming the record and why (the caller's transaction must roll back).
     * {@code issued} is when its data was issued ({@link DatasetVersion#issued}).
     */
    public DatasetVersion publish(DatasetDraft draft, Instant publishedAt, String issued) {
        Dataset dataset = datasets.findById(draft.datasetId, LockModeType.PESSIMISTIC_WRITE);
        requireReady(draft, "published");
        Integer latest = versions.latest(dataset.id).map(DatasetVersion::number).orElse(null);
        if (latest == null ? draft.baseVersion != null : !latest.equals(draft.baseVersion)) {
            throw new ApiException(ProblemType.CONFLICT, "Version " + latest + " of " + dataset.id
                    + " was published after draft " + draft.id + " was made against version " + draft.baseVersion
                    + "; upload the data again to review its diff against the latest version.", List.of());
        }
        int number = latest == null ? 1 : latest + 1;
        RecordTable table = table(dataset);
        draftRecords.publish(table, draft.id, number);
        DatasetVersion version = new DatasetVersion();
        version.key = new DatasetVersion.Key(dataset.id, number);
        version.publishedAt = publishedAt;
        version.issued = DatasetVersion.checkIssued(issued);
        version.notesId = draft.notesId;
        version.notesEn = draft.notesEn;
        version.rowCount = draft.rowCount;
        version.downloads = draft.downloads.copy();
        versions.persist(version);
        draftRecords.delete(table, draft.id);
        draft.status = DatasetDraft.Status.PUBLISHED.code();
        draft.publishedVersion = number;
        dataset.modified = publishedAt;
        project(new Release(dataset.id, number, table, records));
        published.fire(new ReleasePublished(dataset.id, number, draft.added, draft.changed, draft.removed));
        return version;
    }

    /** Applies a version to each projection that follows its dataset and has not applied it yet. */
    private void project(Release release) {
        InvalidRowsException.Collector refused = new InvalidRowsException.Collector();
        for (DatasetProjection projection : following(release.datasetId())) {
            if (applied.applied(projection.name(), release.datasetId()) >= release.version()) {
                continue;
            }
            try {
                projection.apply(release);
                applied.record(projection.name(), release.datasetId(), release.version());
            } catch (IllegalArgumentException e) {
                refused.add(InvalidRowsException.NO_ROW, "", e.getMessage());
            }
        }
        if (refused.any()) {
            throw refused.exception();
        }
    }

    /**
     * Applies, in order, the versions of a dataset that a projection following it has not applied yet (a projection
     * added later, or typed rows a migration removed); returns how many it applied. Holds the lock publishing
     * takes, so replicas starting together apply each version once; a dataset no projection follows is not locked.
     */
    public int catchUp(String datasetId) {
        List<DatasetProjection> following = following(datasetId);
        if (following.isEmpty()) {
            return 0;
        }
        Dataset dataset = datasets.findById(datasetId, LockModeType.PESSIMISTIC_WRITE);
        int latest = versions.latest(dataset.id).map(DatasetVersion::number).orElse(0);
        int behind = following.stream().mapToInt(p -> applied.applied(p.name(), dataset.id)).min().orElse(latest);
        for (int version = behind + 1; version <= latest; version++) {
            project(new Release(dataset.id, version, table(dataset), records));
        }
        return latest - behind;
    }

    private List<DatasetProjection> following(String datasetId) {
        return projections.stream().filter(p -> p.follows(datasetId)).toList();
    }

    /**
     * Whether a value of a field with a foreign key exists: a region code in the register, or a key of the latest
     * version of the referenced dataset (looked up once per value and upload).
     */
    private RowChecker.References references() {
        Map<String, Boolean> known = new HashMap<>();
        return (reference, value) -> TableSchema.REGIONS.equals(reference.resource()) ? regions.exists(value)
                : known.computeIfAbsent(reference.resource() + "|" + value, k -> {
                    Dataset target = datasets.findById(reference.resource());
                    return target != null && records.latestHas(table(target), RowChecker.sortKey(value));
                });
    }

    /** Discards a ready draft and its staged rows. */
    public void discard(DatasetDraft draft) {
        requireReady(draft, "discarded");
        draftRecords.delete(table(datasets.findById(draft.datasetId)), draft.id);
        draft.status = DatasetDraft.Status.DISCARDED.code();
    }

    /** A 409 unless the draft is ready: a published or discarded draft is done with. */
    private static void requireReady(DatasetDraft draft, String action) {
        if (!draft.is(DatasetDraft.Status.READY)) {
            throw new ApiException(ProblemType.CONFLICT, "Draft " + draft.id + " is " + draft.status
                    + "; only a ready draft can be " + action + ".", List.of());
        }
    }

    /** The rows of a draft as they arrive: each is checked, and the valid ones are staged in batches. */
    public final class Staging {
        private final DatasetDraft draft;
        private final RecordTable table;
        private final TableSchema schema;
        private final RowChecker checker;
        private final List<DatasetProjection.RowCheck> checks;
        private final InvalidRowsException.Collector errors = new InvalidRowsException.Collector();
        private final List<DraftRecordRepository.StagedRow> batch = new ArrayList<>(BATCH);
        private long rows;

        private Staging(DatasetDraft draft, RecordTable table) {
            this.draft = draft;
            this.table = table;
            this.schema = table.schema();
            this.checker = new RowChecker(schema, references(), json);
            this.checks = following(draft.datasetId).stream().map(p -> p.check(draft.datasetId)).toList();
        }

        /** The schema the rows are checked against. */
        public TableSchema schema() {
            return schema;
        }

        /** Records a problem that is not about one field's value (e.g. a row that cannot be parsed). */
        public void reject(long row, String field, String problem) {
            rows = Math.max(rows, row);
            errors.add(row, field, problem);
        }

        /** Checks and stages the next row: the text of each column by field name, and its geometry or null. */
        public void add(Map<String, String> values, String geometry) {
            long row = ++rows;
            DatasetRecord record = checker.check(row, values, geometry, errors);
            if (record == null) {
                return;
            }
            batch.add(new DraftRecordRepository.StagedRow(row, record));
            if (batch.size() == BATCH) {
                flush();
            }
        }

        /**
         * Ends the upload: the draft is ready, with its row count, diff and download sizes, or, when any row broke
         * the schema or repeated a key, an {@link InvalidRowsException} (the caller's transaction must roll back).
         */
        public DatasetDraft finish() {
            flush();
            if (rows == 0) {
                errors.add(1, "", "there are no rows; a version needs at least one");
            }
            DraftRecordRepository.Comparison comparison = encodeDownloads();
            if (errors.any()) {
                throw errors.exception();
            }
            draft.rowCount = rows;
            draft.added = rows - comparison.sameKey();
            draft.changed = comparison.sameKey() - comparison.unchanged();
            draft.removed = comparison.current() - comparison.sameKey();
            return draft;
        }

        private void flush() {
            if (!batch.isEmpty()) {
                draftRecords.insert(table, draft.id, batch);
                batch.clear();
            }
        }

        /**
         * One pass over the staged rows in key order: through every download format's encoder, past each key to
         * find the rows that repeat the key of an earlier row, and beside the latest version's rows to compare.
         */
        private DraftRecordRepository.Comparison encodeDownloads() {
            Map<Format, CountingStream> sizes = new EnumMap<>(Format.class);
            Map<Format, MessageDigest> digests = new EnumMap<>(Format.class);
            List<DatasetEncoder> encoders = new ArrayList<>();
            for (Format format : schema.geometryField() == null
                    ? List.of(Format.CSV, Format.JSON, Format.NDJSON) : List.of(Format.values())) {
                CountingStream counter = new CountingStream();
                sizes.put(format, counter);
                digests.put(format, Sha256.digest());
                encoders.add(new DatasetEncoder(json, schema, format, new DigestOutputStream(counter,
                        digests.get(format))));
            }
            String key = String.join(",", schema.primaryKey());
            DraftRecordRepository.StagedRow[] previous = new DraftRecordRepository.StagedRow[1];
            DraftRecordRepository.Comparison comparison = draftRecords.walk(table, draft.id, row -> {
                DraftRecordRepository.StagedRow first = previous[0];
                if (first != null && first.record().sortKey.equals(row.record().sortKey)) {
                    errors.add(row.rowNumber(), key, "repeats the key '" + row.record().recordKey + "' of row "
                            + first.rowNumber());
                    return;
                }
                previous[0] = row;
                ReleaseRow values = new ReleaseRow(schema, row.record());
                for (DatasetProjection.RowCheck check : checks) {
                    String refused = check.refusal(values);
                    if (refused != null) {
                        errors.add(row.rowNumber(), "", refused);
                        return;
                    }
                }
                encoders.forEach(e -> e.write(row.record()));
            });
            encoders.forEach(DatasetEncoder::close);
            draft.downloads.csvSha256 = Sha256.hex(digests.get(Format.CSV));
            draft.downloads.jsonSha256 = Sha256.hex(digests.get(Format.JSON));
            draft.downloads.ndjsonSha256 = Sha256.hex(digests.get(Format.NDJSON));
            draft.downloads.csvBytes = sizes.get(Format.CSV).count;
            draft.downloads.jsonBytes = sizes.get(Format.JSON).count;
            draft.downloads.ndjsonBytes = sizes.get(Format.NDJSON).count;
            boolean geojson = sizes.containsKey(Format.GEOJSON);
            draft.downloads.geojsonBytes = geojson ? sizes.get(Format.GEOJSON).count : null;
            draft.downloads.geojsonSha256 = geojson ? Sha256.hex(digests.get(Format.GEOJSON)) : null;
            return comparison;
        }
    }

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
