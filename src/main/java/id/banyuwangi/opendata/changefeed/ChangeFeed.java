package id.banyuwangi.opendata.changefeed;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.dataset.catalog.DatasetChanged;
import id.banyuwangi.opendata.dataset.catalog.DatasetMetadataService;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.DatasetVersionRepository;
import id.banyuwangi.opendata.dataset.release.ReleasePublished;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The change feed: records every dataset created, described anew, published or withdrawn as a {@link ChangeEvent},
 * in the transaction of the change (the dataset feature fires its domain events inside that transaction and knows
 * nothing of the feed), and reads the feed back in commit order. The seed creates and publishes through the same
 * path, so the feed starts with the seed's datasets and versions: replaying it from the start rebuilds every one.
 * Each event added is announced as {@link ChangeRecorded}, still inside the transaction.
 */
@ApplicationScoped
public class ChangeFeed {

    /** Events read from the feed at once at most (a page, or a batch of the event stream). */
    public static final int BATCH = 500;

    private static final String SCOPE = "changes";

    private final ChangeEventRepository events;
    private final DatasetVersionRepository versions;
    private final Pager pager;
    private final Event<ChangeRecorded> recorded;

    public ChangeFeed(ChangeEventRepository events, DatasetVersionRepository versions, Pager pager,
            Event<ChangeRecorded> recorded) {
        this.events = events;
        this.versions = versions;
        this.pager = pager;
        this.recorded = recorded;
    }

    /** Which events a reader follows: of one dataset and one type, or any (null). */
    public record Filter(String datasetId, ChangeType type) {

        /** Whether the event is one the reader follows. */
        public boolean matches(ChangeEvent event) {
            return (datasetId == null || datasetId.equals(event.datasetId))
                    && (type == null || type.code().equals(event.type));
        }
    }

    /** The filter of the {@code dataset} and {@code type} parameters (each may be null); a 400 when malformed. */
    public static Filter filter(String datasetId, String type) {
        if (datasetId != null && !DatasetMetadataService.isDatasetId(datasetId)) {
            throw ApiException.invalidParameter("dataset", "must be a dataset id (a slug such as villages)");
        }
        ChangeType changeType = type == null ? null : ChangeType.of(type).orElseThrow(() -> ApiException
                .invalidParameter("type", "must be one of " + Arrays.stream(ChangeType.values())
                        .map(ChangeType::code).collect(Collectors.joining(", "))));
        return new Filter(datasetId, changeType);
    }

    void onDatasetChanged(@Observes(during = TransactionPhase.IN_PROGRESS) DatasetChanged change) {
        ChangeEvent event = new ChangeEvent();
        event.type = switch (change.kind()) {
            case CREATED -> ChangeType.DATASET_CREATED.code();
            case DESCRIBED -> ChangeType.METADATA_CHANGED.code();
            case WITHDRAWN -> ChangeType.DATASET_WITHDRAWN.code();
        };
        event.datasetId = change.datasetId();
        event.occurredAt = change.at();
        if (change.kind() == DatasetChanged.Kind.DESCRIBED) {
            event.changedFields = String.join(",", change.fields());
        }
        append(event);
    }

    void onRelease(@Observes(during = TransactionPhase.IN_PROGRESS) ReleasePublished release) {
        DatasetVersion version = versions.find(release.datasetId(), release.version()).orElseThrow();
        ChangeEvent event = new ChangeEvent();
        event.type = ChangeType.VERSION_PUBLISHED.code();
        event.datasetId = release.datasetId();
        event.occurredAt = version.publishedAt;
        event.version = release.version();
        event.added = release.added();
        event.changed = release.changed();
        event.removed = release.removed();
        event.rowCount = version.rowCount;
        event.csvSha256 = version.csvSha256();
        event.formats = version.formats().stream().map(Format::parameterValue).collect(Collectors.joining(","));
        append(event);
    }

    private void append(ChangeEvent event) {
        events.append(event);
        recorded.fire(new ChangeRecorded(event));
    }

    /**
     * One page of the feed, oldest first, after the position a cursor names (the start when none). A feed has
     * no last page: the next cursor is always given, the position after this page's last event (or the same position
     * when the page is empty), so a reader that stores it and asks again later gets exactly the events committed
     * since, never one twice and never one missed.
     */
    @Transactional
    public Slice<ChangeEvent> page(Filter filter, PageParameters parameters) {
        int limit = pager.limit(parameters.limit());
        long after = parameters.cursor() == null ? 0 : position(parameters.cursor());
        List<ChangeEvent> page = events.after(after, null, filter.datasetId(), code(filter), limit);
        long last = page.isEmpty() ? after : page.get(page.size() - 1).id;
        return new Slice<>(page, limit, pager.token(SCOPE, Long.toString(last)));
    }

    /** The position a cursor of {@link #page} names; a 400 when it is not one. */
    public long position(String cursor) {
        String position = pager.position(SCOPE, cursor);
        try {
            return Long.parseLong(position);
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("cursor", "is not a cursor of the change feed");
        }
    }

    /** The id of the latest event (0 when there is none): a reader that starts there gets only what follows. */
    @Transactional
    public long latest() {
        return events.latest();
    }

    /** At most {@link #BATCH} events after position {@code after} and up to {@code upTo} (null: all), in order. */
    @Transactional
    public List<ChangeEvent> after(long after, Long upTo, Filter filter) {
        return events.after(after, upTo, filter.datasetId(), code(filter), BATCH);
    }

    /** The latest {@code limit} events of one dataset, newest first: what a dataset's page shows as its changes. */
    @Transactional
    public List<ChangeEvent> latestOf(String datasetId, int limit) {
        return events.latestOf(datasetId, limit);
    }

    private static String code(Filter filter) {
        return filter.type() == null ? null : filter.type().code();
    }
}
