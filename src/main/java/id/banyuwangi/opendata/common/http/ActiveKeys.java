package id.banyuwangi.opendata.common.http;

/**
 * Whether a request's bearer token is an API key the service accepts, answered from memory on every request (the
 * rate limiter and the response cache ask before they treat a request as a keyed client's). An unknown, revoked or
 * expired key is treated as no key at all: it buys no quota of its own and does not bypass the shared cache.
 */
public interface ActiveKeys {

    /** Whether {@code token} is an active API key. */
    boolean active(String token);

    /** The bearer token of an {@code Authorization} header value, or null when there is none. */
    static String bearerToken(String authorization) {
        String scheme = "bearer ";
        if (authorization == null || !authorization.regionMatches(true, 0, scheme, 0, scheme.length())) {
            return null;
        }
        String token = authorization.substring(scheme.length()).trim();
        return token.isEmpty() ? null : token;
    }
}
