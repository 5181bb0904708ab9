package id.banyuwangi.opendata.auth;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.common.http.ActiveKeys;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Authenticates the operations marked {@link Authenticated} from {@code Authorization: Bearer <key>} (RFC 6750).
 * No key, a malformed one, or one that is unknown, revoked or expired is a 401 with {@code WWW-Authenticate};
 * what the key may do is decided by the services (403).
 */
@Provider
@Authenticated
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final String REALM = "Bearer realm=\"open-data-api\"";

    private final ApiKeyService keys;
    private final CallerContext callers;

    public AuthenticationFilter(ApiKeyService keys, CallerContext callers) {
        this.keys = keys;
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw unauthorized(REALM, "This operation needs an API key: send Authorization: Bearer <key>.");
        }
        String token = ActiveKeys.bearerToken(header);
        if (token == null || !ApiKeyService.TOKEN.matcher(token).matches()) {
            throw unauthorized(REALM + ", error=\"invalid_request\"",
                    "The Authorization header is not a bearer API key (Authorization: Bearer <key>).");
        }
        ApiKey key = keys.authenticate(token).orElseThrow(() -> unauthorized(
                REALM + ", error=\"invalid_token\"", "The API key is unknown, revoked or expired."));
        callers.set(new Caller(key.id, key.name, Role.of(key.role), key.organizationId));
    }

    private static ApiException unauthorized(String challenge, String detail) {
        return new ApiException(ProblemType.UNAUTHORIZED, detail, List.of(),
                Map.of(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }
}
