package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.auth.Caller;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.common.http.LimitedInputStream;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * Drafts and releases through the API: uploads a CSV as the draft of a dataset's next version, shows and discards
 * drafts, and publishes one atomically. Only an admin key or a publisher key of the dataset's organization may act.
 */
@ApplicationScoped
public class DraftService {

    /** The regency's time zone (WIB): a version published through the API is issued on its day there. */
    private static final ZoneId REGENCY_TIME = ZoneId.of("Asia/Jakarta");

    /** Release notes of a draft, in Indonesian and English. */
    public record Notes(String notesId, String notesEn) {
    }

    private final DatasetService datasets;
    private final DatasetDraftRepository drafts;
    private final DatasetPublisher publisher;
    private final Pager pager;
    private final OpenDataConfig config;

    public DraftService(DatasetService datasets, DatasetDraftRepository drafts,
            DatasetPublisher publisher, Pager pager, OpenDataConfig config) {
        this.datasets = datasets;
        this.drafts = drafts;
        this.publisher = publisher;
        this.pager = pager;
        this.config = config;
    }

    /**
     * Reads a CSV upload into a new draft. The body is read once, as it arrives, and is bounded by the configured
     * size (413). Rows that break the schema, or that a typed endpoint the dataset feeds would refuse, are a 422
     * listing them, and nothing is kept. Joins the caller's transaction when there is one.
     *
     * @param contentLength the declared body length, or -1
     */
    public DatasetDraft upload(Caller caller, String datasetId, Notes notes, long contentLength, InputStream body) {
        Dataset dataset = datasets.get(datasetId);
        caller.requirePublisherOf(dataset.publisher.id);
        long limit = config.publishing().maxUploadBytes();
        LimitedInputStream.checkDeclared(contentLength, limit);
        InputStream in = new LimitedInputStream(body, limit);
        try {
            return inTransaction(() -> {
                DatasetPublisher.Staging staging = publisher.stage(datasets.get(datasetId),
                        notes.notesId(), notes.notesEn(), caller.keyId());
                io(() -> CsvUpload.read(in, staging));
                return staging.finish();
            });
        } catch (InvalidRowsException e) {
            throw invalid("upload", e);
        }
    }

    /** One draft of a dataset. */
    @Transactional
    public DatasetDraft draft(Caller caller, String datasetId, String draftId) {
        Dataset dataset = datasets.get(datasetId);
        caller.requirePublisherOf(dataset.publisher.id);
        return find(datasetId, draftId);
    }

    /** One page of a dataset's drafts, whatever their status. */
    @Transactional
    public Slice<DatasetDraft> drafts(Caller caller, String datasetId, PageParameters parameters) {
        Dataset dataset = datasets.get(datasetId);
        caller.requirePublisherOf(dataset.publisher.id);
        return pager.page(parameters, DatasetDraftRepository.SORT, p -> drafts.page(datasetId, p));
    }

    /** Discards a ready draft. */
    @Transactional
    public DatasetDraft discard(Caller caller, String datasetId, String draftId) {
        Dataset dataset = datasets.get(datasetId);
        caller.requirePublisherOf(dataset.publisher.id);
        DatasetDraft draft = find(datasetId, draftId);
        publisher.discard(draft);
        return draft;
    }

    /**
     * Publishes a ready draft as the next version, together with the typed endpoints the dataset feeds; a release
     * they refuse is a 422 and nothing is kept. Joins the caller's transaction when there is one.
     */
    public DatasetVersion publish(Caller caller, String datasetId, String draftId) {
        try {
            return inTransaction(() -> {
                Dataset dataset = datasets.get(datasetId);
                caller.requirePublisherOf(dataset.publisher.id);
                Instant now = Instant.now();
                return publisher.publish(find(datasetId, draftId), now, now.atZone(REGENCY_TIME).toLocalDate()
                        .toString());
            });
        } catch (InvalidRowsException e) {
            throw invalid("release", e);
        }
    }

    private DatasetDraft find(String datasetId, String draftId) {
        return drafts.find(datasetId, draftId).orElseThrow(() -> ApiException.notFound("Dataset " + datasetId
                + " has no draft '" + draftId + "'."));
    }

    private <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.joiningExisting()
                .timeout((int) config.publishing().transactionTimeout().toSeconds())
                .call(work::get);
    }

    /** Reading a request body: past its limit a 413, otherwise the client went away or the network failed. */
    private interface BodyRead {
        void run() throws IOException;
    }

    private static void io(BodyRead read) {
        try {
            read.run();
        } catch (LimitedInputStream.TooLarge e) {
            throw LimitedInputStream.problem(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException invalid(String what, InvalidRowsException e) {
        List<FieldError> errors = e.errors().stream().map(r -> new FieldError(r.field(), r.problem(),
                r.row() == InvalidRowsException.NO_ROW ? null : r.row())).toList();
        return new ApiException(ProblemType.INVALID_DATA, "The " + what + " has " + e.total() + " problem(s); "
                + (e.total() > errors.size() ? "the first " + errors.size() + " are listed" : "all are listed")
                + ". Nothing was stored.", errors);
    }
}
