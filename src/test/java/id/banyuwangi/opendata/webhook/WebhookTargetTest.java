package id.banyuwangi.opendata.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a webhook may be sent to (IP literals: nothing is looked up). */
class WebhookTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.255", "192.0.0.8", "198.18.0.1",
        "224.0.0.1", "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1",
        "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1"})
    void nonPublicAddressesAreRefused(String address) throws UnknownHostException {
        assertEquals(false, WebhookTarget.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.32.0.1",
        "192.0.2.1", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "2001:4860:4860::8888"})
    void publicAddressesAreAllowed(String address) throws UnknownHostException {
        assertEquals(true, WebhookTarget.isPublic(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.215.14/hook", "file:///etc/passwd", "93.184.215.14/hook",
        "http://user:pass@93.184.215.14/hook", "http:///hook", "http://93.184.215.14/hook#part", "not a url"})
    void onlyHttpAndHttpsUrlsWithAHostAreAccepted(String url) {
        assertTrue(WebhookTarget.refusal(url, true).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://[::1]/hook", "http://10.0.0.1/hook"})
    void privateTargetsAreRefusedUnlessAllowed(String url) {
        assertTrue(WebhookTarget.refusal(url, false).orElseThrow().contains("not a public address"), url);
        assertEquals(Optional.empty(), WebhookTarget.refusal(url, true));
    }
}
