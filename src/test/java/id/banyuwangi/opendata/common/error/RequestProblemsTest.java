package id.banyuwangi.opendata.common.error;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is wrong with a request itself, found before any resource: a request URI whose percent-encoding cannot be
 * decoded (sent as raw bytes, since HTTP clients refuse to send it), a request line too long, header fields too
 * large. Each is a problem document, not an empty body.
 */
@QuarkusTest
class RequestProblemsTest {

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/villages?q=%zz", "/api/v1/villages/%zz", "/api/v1/villages?q=100%"})
    void isA400ProblemNotAnEmptyBody(String target) throws IOException {
        String response = raw(target);
        assertTrue(response.startsWith("HTTP/1.1 400 "), response);
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"type\":\"/problems/invalid-parameter\""), response);
        assertTrue(response.contains("cannot be decoded"), response);
    }

    @Test
    void aRequestLineOverTheLimitIsA414Problem() throws IOException {
        String response = raw(target(RouterProblems.MAX_REQUEST_LINE + 1), "");
        assertTrue(response.startsWith("HTTP/1.1 414 "), response);
        assertTrue(response.contains("\"type\":\"/problems/uri-too-long\""), response);
        assertTrue(response.contains("X-Content-Type-Options: nosniff"), response);
    }

    @Test
    void headerFieldsOverTheLimitAreA431Problem() throws IOException {
        String response = raw("/api/v1/regency", "X-Padding: " + "a".repeat(RouterProblems.MAX_HEADER_BYTES) + "\r\n");
        assertTrue(response.startsWith("HTTP/1.1 431 "), response);
        assertTrue(response.contains("\"type\":\"/problems/headers-too-large\""), response);
    }

    @Test
    void requestsJustWithinTheLimitsReachTheResource() throws IOException {
        String atTheLimit = raw(target(RouterProblems.MAX_REQUEST_LINE), "");
        assertTrue(atTheLimit.startsWith("HTTP/1.1 400 ") && atTheLimit.contains("/problems/invalid-parameter"),
                "the resource's answer to an unknown parameter, not a 414: " + atTheLimit);
        assertTrue(raw("/api/v1/regency", "X-Padding: " + "a".repeat(10_000) + "\r\n").startsWith("HTTP/1.1 200 "));
    }

    /** A request target whose request line ({@code GET <target> HTTP/1.1}) is {@code lineLength} bytes long. */
    private static String target(int lineLength) {
        String path = "/api/v1/regency?padding=";
        return path + "a".repeat(lineLength - "GET  HTTP/1.1".length() - path.length());
    }

    private String raw(String target) throws IOException {
        return raw(target, "");
    }

    private String raw(String target, String extraHeaders) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n" + extraHeaders
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
