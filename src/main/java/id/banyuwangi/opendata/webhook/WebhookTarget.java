package id.banyuwangi.opendata.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a webhook may be sent to: http or https with a host, and, unless private targets are allowed, a host
 * every address of which is public, so that a subscription cannot make the service call into its own network
 * (loopback, private, link-local, carrier-grade NAT, unique-local, multicast and unspecified addresses are refused,
 * IPv4-mapped IPv6 ones included). The check is made when subscribing and again before every delivery.
 */
final class WebhookTarget {

    /** Longest URL accepted. */
    static final int MAX_URL = 2000;

    private WebhookTarget() {
    }

    /** Why {@code url} may not be sent to, or empty when it may. */
    static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must have a host, and neither user information nor a fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("has a host that does not resolve: " + uri.getHost());
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("resolves to " + address.getHostAddress() + ", which is not a public address;"
                        + " webhooks are only sent to public addresses");
            }
        }
        return Optional.empty();
    }

    /** Whether an address is one on the public internet. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 0.0.0.0/8 this network, 100.64.0.0/10 carrier-grade NAT, 192.0.0.0/24 protocol assignments,
            // 198.18.0.0/15 benchmarking, 240.0.0.0/4 reserved and broadcast
            return first != 0 && !(first == 100 && second >= 64 && second < 128)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local; ::ffff:0:0/96 mapped IPv4 is turned into an Inet4Address by the JDK already
            return (b[0] & 0xfe) != 0xfc;
        }
        return false;
    }
}
