package id.banyuwangi.opendata.ratelimit;

import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.common.http.ActiveKeys;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.util.List;

/**
 * Whom a request counts against: its API key when it sends {@code Authorization: Bearer <key>} with a key that is
 * active ({@link ActiveKeys}, from memory), else its IP address: an unknown, revoked or expired key counts as
 * anonymous, so that made-up tokens buy no quota of their own. Only the key's SHA-256 is kept, so that no counter
 * store ever holds a credential.
 *
 * @param id the counter's name: {@code key:<sha-256 hex>} or {@code ip:<address>}
 * @param keyed whether the client sent an API key
 */
record Client(String id, boolean keyed) {

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    static Client of(HttpServerRequest request, boolean trustForwardedFor, ActiveKeys keys) {
        String token = ActiveKeys.bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token != null && keys.active(token)) {
            return new Client("key:" + Sha256.hex(token), true);
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
}
