package id.banyuwangi.opendata.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A webhook receiver on loopback for tests: it records every request it gets and answers with the status a function
 * of the request's number (1 for the first) gives, as a receiver that is down and then up again would.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request received, and the status it was answered with. */
    public record Request(String id, String timestamp, String signature, String contentType, String body,
            int answered) {
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    private WebhookReceiver(IntUnaryOperator status) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int answer = status.applyAsInt(count.incrementAndGet());
            synchronized (requests) {
                requests.add(new Request(exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"),
                        exchange.getRequestHeaders().getFirst("Content-Type"), body, answer));
            }
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver answering each request with {@code status.applyAsInt(n)}, n counting from 1. */
    public static WebhookReceiver answering(IntUnaryOperator status) throws IOException {
        return new WebhookReceiver(status);
    }

    /** The URL to subscribe. */
    public String url() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/hook";
    }

    /** Every request received so far, in the order they came. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
