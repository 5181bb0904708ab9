package id.banyuwangi.opendata.dataset;

import id.banyuwangi.opendata.auth.Caller;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.common.http.LimitedInputStream;
import id.banyuwangi.opendata.common.http.RepresentationCache;
import id.banyuwangi.opendata.common.idempotency.Idempotency;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Drafts and releases through the API: uploads a CSV as the draft of a dataset's next version, shows and discards
 * drafts, and publishes one atomically. Only an admin key or a publisher key of the dataset's organization may act.
 * Uploads and publishes honour {@code Idempotency-Key}: the response is remembered in the transaction that acted.
 */
@ApplicationScoped
public class DraftService {

    /** Release notes of a draft, in Indonesian and English. */
    public record Notes(String notesId, String notesEn) {
    }

    private final DatasetService datasets;
    private final DatasetRepository datasetRepository;
    private final DatasetDraftRepository drafts;
    private final DatasetPublisher publisher;
    private final Idempotency idempotency;
    private final Instance<DatasetProjection> projections;
    private final RepresentationCache cache;
    private final Pager pager;
    private final OpenDataConfig config;

    public DraftService(DatasetService datasets, DatasetRepository datasetRepository, DatasetDraftRepository drafts,
            DatasetPublisher publisher, Idempotency idempotency, Instance<DatasetProjection> projections,
            RepresentationCache cache, Pager pager, OpenDataConfig config) {
        this.datasets = datasets;
        this.datasetRepository = datasetRepository;
        this.drafts = drafts;
        this.publisher = publisher;
        this.idempotency = idempotency;
        this.projections = projections;
        this.cache = cache;
        this.pager = pager;
        this.config = config;
    }

    /**
     * Reads a CSV upload into a new draft and returns the response {@code render} makes of it. The body is read
     * once, as it arrives, and is bounded by the configured size (413). Rows that break the schema are a 422 listing
     * them, and nothing is kept.
     *
     * @param operation     method and path of the request, for Idempotency-Key
     * @param query         the query string (part of what a retry must repeat)
     * @param contentLength the declared body length, or -1
     */
    public Idempotency.Outcome upload(Caller caller, String datasetId, Notes notes, String idempotencyKey,
            String operation, String query, long contentLength, InputStream body,
            Function<DatasetDraft, Idempotency.Outcome> render) {
        Dataset dataset = datasets.get(datasetId);
        caller.requirePublisherOf(dataset.publisher.id);
        Idempotency.check(idempotencyKey);
        long limit = config.publishing().maxUploadBytes();
        LimitedInputStream.checkDeclared(contentLength, limit);
        MessageDigest request = Sha256.digest();
        request.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
        DigestInputStream in = new DigestInputStream(new LimitedInputStream(body, limit), request);
        return idempotent(caller, idempotencyKey, () -> {
            if (idempotencyKey != null && inTransaction(() -> idempotency.known(caller.keyId(), idempotencyKey))) {
                io(() -> in.transferTo(OutputStream.nullOutputStream()));
                String hash = Sha256.hex(request);
                return inTransaction(() -> idempotency.replay(caller.keyId(), idempotencyKey, operation, hash))
                        .orElseThrow();
            }
            try {
                return inTransaction(() -> {
                    DatasetPublisher.Staging staging = publisher.stage(datasetRepository.findById(datasetId),
                            notes.notesId(), notes.notesEn(), caller.keyId());
                    io(() -> CsvUpload.read(in, staging));
                    Idempotency.Outcome outcome = render.apply(staging.finish());
                    remember(caller, idempotencyKey, operation, Sha256.hex(request), outcome);
                    return outcome;
                });
            } catch (InvalidRowsException e) {
                throw invalid(e);
            }
        });
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
        PageRequest<DatasetDraft> page = pager.request(parameters, DatasetDraftRepository.SORT);
        return pager.slice(drafts.page(datasetId, page), page);
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
     * Publishes a ready draft as the next version, together with the domain collection the dataset feeds, and
     * returns the response {@code render} makes of the version.
     */
    public Idempotency.Outcome publish(Caller caller, String datasetId, String draftId, String idempotencyKey,
            String operation, Function<DatasetVersion, Idempotency.Outcome> render) {
        Idempotency.check(idempotencyKey);
        String request = Sha256.hex(operation);
        Idempotency.Outcome outcome = idempotent(caller, idempotencyKey, () -> {
            Optional<Idempotency.Outcome> earlier = idempotencyKey == null ? Optional.empty()
                    : inTransaction(() -> idempotency.replay(caller.keyId(), idempotencyKey, operation, request));
            return earlier.orElseGet(() -> inTransaction(() -> {
                Dataset dataset = datasets.get(datasetId);
                caller.requirePublisherOf(dataset.publisher.id);
                DatasetVersion version = publisher.publish(find(datasetId, draftId), Instant.now());
                projections.stream().filter(p -> p.datasetId().equals(datasetId))
                        .forEach(p -> p.apply(version.number() - 1, version.number()));
                Idempotency.Outcome published = render.apply(version);
                remember(caller, idempotencyKey, operation, request, published);
                return published;
            }));
        });
        cache.invalidateAll();
        projections.stream().filter(p -> p.datasetId().equals(datasetId)).forEach(DatasetProjection::committed);
        return outcome;
    }

    private DatasetDraft find(String datasetId, String draftId) {
        return drafts.find(datasetId, draftId).orElseThrow(() -> ApiException.notFound("Dataset " + datasetId
                + " has no draft '" + draftId + "'."));
    }

    private void remember(Caller caller, String idempotencyKey, String operation, String request,
            Idempotency.Outcome outcome) {
        if (idempotencyKey != null) {
            idempotency.remember(caller.keyId(), idempotencyKey, operation, request, outcome);
        }
    }

    /**
     * Runs {@code action}; when it fails because a concurrent request with the same Idempotency-Key committed
     * first, answers what that request answered.
     */
    private Idempotency.Outcome idempotent(Caller caller, String idempotencyKey,
            Supplier<Idempotency.Outcome> action) {
        try {
            return action.get();
        } catch (PersistenceException e) {
            if (idempotencyKey != null && inTransaction(() -> idempotency.known(caller.keyId(), idempotencyKey))) {
                return inTransaction(() -> idempotency.outcome(caller.keyId(), idempotencyKey));
            }
            throw e;
        }
    }

    private <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew()
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

    private static ApiException invalid(InvalidRowsException e) {
        List<FieldError> errors = e.errors().stream()
                .map(r -> new FieldError(r.field(), r.problem(), r.row())).toList();
        return new ApiException(ProblemType.INVALID_DATA, "The upload has " + e.total() + " problem(s); "
                + (e.total() > errors.size() ? "the first " + errors.size() + " are listed" : "all are listed")
                + ". Nothing was stored.", errors);
    }
}
