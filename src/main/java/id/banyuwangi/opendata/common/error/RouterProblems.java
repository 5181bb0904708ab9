package id.banyuwangi.opendata.common.error;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The problems of a request itself, found before any resource is chosen, rendered like every other problem instead
 * of an empty body: a request line over {@value #MAX_REQUEST_LINE} bytes (414), header fields over
 * {@value #MAX_HEADER_BYTES} bytes together (431), and a request path whose percent-encoding cannot be decoded
 * (400). The HTTP server's own limits ({@code quarkus.http.limits.*}) are set well above these, as a backstop that
 * answers without a body. (Quarkus would refuse an undecodable URI even earlier, with no body; {@code Main} and the
 * tests set {@code vertx.disableURIValidation} so that it reaches the router. A query that cannot be decoded fails
 * when a resource reads it, in {@link ProblemMapper}.)
 */
@ApplicationScoped
class RouterProblems {

    /** The longest request line the service reads (method, target and version), in bytes. */
    static final int MAX_REQUEST_LINE = 4096;
    /** The most header bytes the service reads (names, values and separators of all fields). */
    static final int MAX_HEADER_BYTES = 20_480;

    /** Below the security headers' filter (1000), so that these answers carry them too. */
    private static final int PRIORITY = 900;
    private static final int LINE_OVERHEAD = " HTTP/1.1".length() + 1;
    private static final int FIELD_OVERHEAD = ": \r\n".length();

    private final ProblemRenderer problems;

    RouterProblems(ProblemRenderer problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.errorHandler(ProblemType.INVALID_PARAMETER.status(),
                context -> answer(context, ProblemType.INVALID_PARAMETER, ProblemMapper.UNDECODABLE));
    }

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method().name().length() + LINE_OVERHEAD + request.uri().length() > MAX_REQUEST_LINE) {
            answer(context, ProblemType.URI_TOO_LONG, "The request line is longer than " + MAX_REQUEST_LINE
                    + " bytes.");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> field : request.headers()) {
            headerBytes += field.getKey().length() + field.getValue().length() + FIELD_OVERHEAD;
        }
        if (headerBytes > MAX_HEADER_BYTES) {
            answer(context, ProblemType.HEADERS_TOO_LARGE, "The header fields take " + headerBytes + " bytes; at most "
                    + MAX_HEADER_BYTES + " are accepted.");
            return;
        }
        context.next();
    }

    private void answer(RoutingContext context, ProblemType type, String detail) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        String path = context.request().uri().split("\\?", 2)[0];
        problems.send(context, type, detail, path.length() > MAX_REQUEST_LINE ? path.substring(0, MAX_REQUEST_LINE)
                : path);
    }
}
