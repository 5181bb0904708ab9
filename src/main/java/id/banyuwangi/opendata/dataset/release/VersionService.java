package id.banyuwangi.opendata.dataset.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.common.paging.Sort;
import id.banyuwangi.opendata.common.persistence.LongReads;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Reads the published versions of datasets: their list, the records of each with filters, sort and paging, their
 * downloads, and what changed between two.
 */
@ApplicationScoped
public class VersionService {

    private static final String DIFF = "diff";
    private static final int PUBLISHED_KEPT = 10_000;

    private final DatasetService datasets;
    private final DatasetVersionRepository versions;
    private final DatasetRecordRepository records;
    private final RecordQueries recordQueries;
    private final Pager pager;
    private final ObjectMapper json;
    private final LongReads longReads;
    private final Cache<DatasetVersion.Key, Published> published = Caffeine.newBuilder()
            .maximumSize(PUBLISHED_KEPT).build();

    public VersionService(DatasetService datasets, DatasetVersionRepository versions, DatasetRecordRepository records,
            RecordQueries recordQueries, Pager pager, ObjectMapper json, LongReads longReads) {
        this.datasets = datasets;
        this.versions = versions;
        this.records = records;
        this.recordQueries = recordQueries;
        this.pager = pager;
        this.json = json;
        this.longReads = longReads;
    }

    /** The latest version number of every dataset that has one. */
    public Map<String, Integer> latestNumbers() {
        return versions.latestNumbers();
    }

    /** The number of the latest version published by {@code moment} of every dataset that had one then. */
    public Map<String, Integer> numbersAt(Instant moment) {
        return versions.numbersAt(moment);
    }

    /** One page of a dataset's versions; 404 for an unknown dataset. */
    public Slice<DatasetVersion> versions(String id, PageParameters parameters) {
        datasets.get(id);
        return pager.page(parameters, DatasetVersionRepository.SORT, p -> versions.page(id, p));
    }

    /** The latest version of a dataset; 404 when it has none. */
    public DatasetVersion latest(String id) {
        datasets.get(id);
        return versions.latest(id).orElseThrow(() -> ApiException.notFound("Dataset " + id + " has no version yet."));
    }

    /** One version: a number, or {@code latest}; 404 when there is no such version. */
    public DatasetVersion version(String id, VersionRef ref) {
        return ref.latest() ? latest(id) : published(id, ref.number()).version();
    }

    /**
     * A published version with the table of its records, from memory after the first request. Neither changes in
     * what a query reads: a version is immutable, and once a dataset has a version its tables, fields, types and
     * key are fixed (only documentation and indexes may change), so every replica may keep them without being told
     * of writes. Only what was read outside a transaction is kept, so
     * a version that a publishing transaction sees before it commits (or rolls back) is never remembered.
     */
    private Published published(String id, int number) {
        DatasetVersion.Key key = new DatasetVersion.Key(id, number);
        Published known = published.getIfPresent(key);
        if (known != null) {
            return known;
        }
        Dataset dataset = datasets.get(id);
        DatasetVersion version = versions.find(id, number).orElseThrow(() -> ApiException.notFound(
                "Dataset " + id + " has no version " + number + "."));
        RecordTable table = table(dataset);
        Published loaded = new Published(version, table, recordQueries.sort(table.schema()));
        if (!QuarkusTransaction.isActive()) {
            published.put(key, loaded);
        }
        return loaded;
    }

    /** A published version, the table of its records and the orders a records request may ask for. */
    private record Published(DatasetVersion version, RecordTable table, Sort<DatasetRecord> sort) {
    }

    /**
     * One page of a version's records. {@code parameters} are the request's query parameters: field filters
     * ({@code field=v1,v2}, {@code field_min=}, {@code field_max=}), {@code q} and {@code sort} are checked against
     * the schema; anything that names no field is a 400 naming it.
     */
    public RecordPage records(DatasetVersion version, Map<String, List<String>> parameters, PageParameters paging) {
        Published published = published(version.key.datasetId(), version.number());
        RecordTable table = published.table();
        TableSchema schema = table.schema();
        RecordFilter filter = recordQueries.filter(schema, parameters);
        PageRequest<DatasetRecord> page = pager.request(paging, published.sort());
        return new RecordPage(schema, pager.slice(records.page(table, version.number(), filter, page), page));
    }

    /** The orders a records request of a dataset with this schema may ask for ({@code sort}), the key first. */
    public List<String> sortOrders(TableSchema schema) {
        return recordQueries.sort(schema).fieldNames();
    }

    /** One page of records with the schema that reads them. */
    public record RecordPage(TableSchema schema, Slice<DatasetRecord> records) {
    }

    /**
     * Records of a version by position, for offset-paging clients: the filter as for {@link #records}, the order
     * as a {@code sort} value, and the total number of matching records.
     */
    public OffsetPage offsetRecords(DatasetVersion version, Map<String, List<String>> parameters, String sort,
            int offset, int limit) {
        Dataset dataset = datasets.get(version.key.datasetId());
        TableSchema schema = datasets.schema(dataset);
        RecordFilter filter = recordQueries.filter(schema, parameters);
        Sort.Order<DatasetRecord> order = recordQueries.sort(schema).parse(sort);
        RecordTable table = table(dataset);
        return new OffsetPage(schema, records.slice(table, version.number(), filter, order, offset, limit),
                records.count(table, version.number(), filter));
    }

    /** Records by position with the total number matching. */
    public record OffsetPage(TableSchema schema, List<DatasetRecord> records, long total) {
    }

    /** Writes a version as one download to {@code out}, in constant memory. */
    public void download(DatasetVersion version, Format format, OutputStream out) {
        longReads.run(() -> {
            RecordTable table = table(datasets.get(version.key.datasetId()));
            try (DatasetEncoder encoder = new DatasetEncoder(json, table.schema(), format, out)) {
                records.forEachInVersion(table, version.number(), encoder::write);
            }
        });
    }

    /** One page of what changed from version {@code from} to version {@code to}, in key order. */
    public DatasetDiff diff(String id, VersionRef fromRef, VersionRef toRef, PageParameters parameters) {
        int limit = pager.limit(parameters.limit());
        String after = parameters.cursor() == null ? null : pager.position(DIFF, parameters.cursor());
        int from = version(id, fromRef).number();
        int to = version(id, toRef).number();
        if (from >= to) {
            throw ApiException.invalidParameter("from", "must be an older version than to (" + from + " >= " + to
                    + ")");
        }
        RecordTable table = table(datasets.get(id));
        DatasetDiff.Page page = DatasetDiff.page(records.changed(table, from, to, false, after, limit + 1),
                records.changed(table, from, to, true, after, limit + 1), limit);
        String next = page.more() ? pager.token(DIFF, page.lastSortKey()) : null;
        return new DatasetDiff(from, to, new Slice<>(page.changes(), limit, next));
    }

    /** Rows stored for a dataset over all its versions (storage grows with changed rows only). */
    public long storedRows(String id) {
        return records.stored(table(datasets.get(id)));
    }

    /** The tables of a dataset's records and drafts. */
    private RecordTable table(Dataset dataset) {
        return RecordTable.of(dataset.recordTable, datasets.schema(dataset));
    }
}
