package id.banyuwangi.opendata.ratelimit;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Whom a request counts against: its API key when it sends {@code Authorization: Bearer <key>}, else its IP
 * address. The key is not checked here (that is authentication's job) and only its SHA-256 is kept, so that no
 * counter store ever holds a credential.
 *
 * @param id the counter's name: {@code key:<sha-256 hex>} or {@code ip:<address>}
 * @param keyed whether the client sent an API key
 */
record Client(String id, boolean keyed) {

    private static final String BEARER = "bearer ";
    private static final String FORWARDED_FOR = "X-Forwarded-For";

    static Client of(HttpServerRequest request, boolean trustForwardedFor) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String token = authorization.substring(BEARER.length()).trim();
            if (!token.isEmpty()) {
                return new Client("key:" + sha256(token), true);
            }
        }
        return new Client("ip:" + address(request, trustForwardedFor), false);
    }

    /**
     * The connection's address or, when trusted, the last {@code X-Forwarded-For} entry: the one the proxy in front
     * of the service appended. Earlier entries are whatever the client claimed, so trusting them would let anyone
     * pick a fresh counter with every request.
     */
    private static String address(HttpServerRequest request, boolean trustForwardedFor) {
        if (trustForwardedFor) {
            List<String> forwarded = request.headers().getAll(FORWARDED_FOR);
            if (!forwarded.isEmpty()) {
                String last = forwarded.get(forwarded.size() - 1);
                String address = last.substring(last.lastIndexOf(',') + 1).trim();
                if (!address.isEmpty()) {
                    return address;
                }
            }
        }
        SocketAddress remote = request.remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
