package id.banyuwangi.opendata.idempotency;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code Idempotency-Key} for writes (draft-ietf-httpapi-idempotency-key-header): the first request with a key
 * acts and its response is remembered in the same transaction; a retry with the same key and the same request gets
 * that response again without acting twice, and the same key with a different request is a 422.
 */
@ApplicationScoped
public class Idempotency {

    /**
     * A response to remember or replay.
     *
     * @param status   the HTTP status
     * @param location the Location header, or null
     * @param body     the JSON body
     */
    public record Outcome(int status, String location, String body) {
    }

    /** Longest Idempotency-Key accepted. */
    public static final int MAX_KEY_LENGTH = 200;

    private final IdempotentRequestRepository requests;

    public Idempotency(IdempotentRequestRepository requests) {
        this.requests = requests;
    }

    /** Throws a 400 unless the header value is a usable key (or absent). */
    public static void check(String idempotencyKey) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw ApiException.invalidParameter("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH
                    + " characters, e.g. a UUID");
        }
    }

    /**
     * The remembered outcome of an earlier request with this key, if any; a 422 when that request was a different
     * one (another operation, or other content).
     */
    public Optional<Outcome> replay(String keyId, String idempotencyKey, String operation, String requestSha256) {
        Optional<IdempotentRequest> earlier = requests.findByIdOptional(new IdempotentRequest.Key(keyId,
                idempotencyKey));
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        IdempotentRequest e = earlier.get();
        if (!e.operation.equals(operation) || !e.requestSha256.equals(requestSha256)) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + idempotencyKey
                    + "' was used for a different request (" + e.operation + "); use a new key.", List.of());
        }
        return Optional.of(outcome(keyId, idempotencyKey));
    }

    /** The remembered outcome for this key, whatever request it was for. */
    public Idempotency.Outcome outcome(String keyId, String idempotencyKey) {
        IdempotentRequest e = requests.findById(new IdempotentRequest.Key(keyId, idempotencyKey));
        return new Outcome(e.status, e.location, e.body);
    }

    /** Whether an outcome is remembered for this key. */
    public boolean known(String keyId, String idempotencyKey) {
        return requests.findByIdOptional(new IdempotentRequest.Key(keyId, idempotencyKey)).isPresent();
    }

    /** Remembers the outcome of a request; in the transaction that acted, so both happen or neither does. */
    public void remember(String keyId, String idempotencyKey, String operation, String requestSha256,
            Outcome outcome) {
        IdempotentRequest r = new IdempotentRequest();
        r.key = new IdempotentRequest.Key(keyId, idempotencyKey);
        r.operation = operation;
        r.requestSha256 = requestSha256;
        r.status = outcome.status();
        r.location = outcome.location();
        r.body = outcome.body();
        r.createdAt = Instant.now();
        requests.persist(r);
        requests.flush();
    }
}
