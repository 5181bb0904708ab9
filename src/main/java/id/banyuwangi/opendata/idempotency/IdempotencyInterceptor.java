package id.banyuwangi.opendata.idempotency;

import id.banyuwangi.opendata.auth.CallerContext;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.LimitedInputStream;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * {@code Idempotency-Key} for every {@link Idempotent} operation, in one place: the operation runs in a transaction
 * begun here, and its response is remembered in that same transaction, so a write and the memory of it happen
 * together or not at all. A retry with the same key and the same request (method, path, query and body) gets the
 * remembered response without acting again; the same key with another request is a 422. Of two concurrent requests
 * with one key, the one that commits second fails on the key and answers what the first answered.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class IdempotencyInterceptor {

    /** The request header. */
    static final String HEADER = "Idempotency-Key";

    private final HttpServerRequest request;
    private final CallerContext caller;
    private final Idempotency idempotency;
    private final OpenDataConfig config;
    private final ApiResponses responses;

    IdempotencyInterceptor(HttpServerRequest request, CallerContext caller, Idempotency idempotency,
            OpenDataConfig config, ApiResponses responses) {
        this.request = request;
        this.caller = caller;
        this.idempotency = idempotency;
        this.config = config;
        this.responses = responses;
    }

    @AroundInvoke
    Object remembered(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        Idempotency.check(key);
        String keyId = caller.get().keyId();
        String operation = request.method().name() + " " + request.path();
        MessageDigest digest = Sha256.digest();
        digest.update((request.query() == null ? "" : request.query()).getBytes(StandardCharsets.UTF_8));
        DigestInputStream body = digestBody(invocation, digest);
        try {
            return QuarkusTransaction.requiringNew().timeout((int) config.publishing().transactionTimeout()
                    .toSeconds()).call(() -> {
                        if (idempotency.known(keyId, key)) {
                            drain(body);
                            return send(idempotency.replay(keyId, key, operation, Sha256.hex(digest)).orElseThrow());
                        }
                        Response response = (Response) invocation.proceed();
                        idempotency.remember(keyId, key, operation, Sha256.hex(digest), outcome(response));
                        return response;
                    });
        } catch (PersistenceException e) {
            Optional<Idempotency.Outcome> first = QuarkusTransaction.requiringNew()
                    .call(() -> idempotency.known(keyId, key) ? Optional.of(idempotency.outcome(keyId, key))
                            : Optional.<Idempotency.Outcome>empty());
            return send(first.orElseThrow(() -> e));
        }
    }

    /** Puts a digest in front of the operation's request body, if it has one, so the body is hashed as it is read. */
    private static DigestInputStream digestBody(InvocationContext invocation, MessageDigest digest) {
        Object[] parameters = invocation.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof InputStream in) {
                DigestInputStream body = new DigestInputStream(in, digest);
                parameters[i] = body;
                invocation.setParameters(parameters);
                return body;
            }
        }
        return null;
    }

    /** Reads a retried body to its end (within the upload limit) so that its hash can be compared. */
    private void drain(DigestInputStream body) {
        if (body == null) {
            return;
        }
        try {
            new LimitedInputStream(body, config.publishing().maxUploadBytes())
                    .transferTo(OutputStream.nullOutputStream());
        } catch (LimitedInputStream.TooLarge e) {
            throw LimitedInputStream.problem(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Idempotency.Outcome outcome(Response response) {
        Object entity = response.getEntity();
        String body = entity instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : entity == null ? "" : entity.toString();
        return new Idempotency.Outcome(response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION), body);
    }

    private Response send(Idempotency.Outcome outcome) {
        return responses.privateJson(outcome.status(), outcome.location(),
                outcome.body().getBytes(StandardCharsets.UTF_8));
    }
}
