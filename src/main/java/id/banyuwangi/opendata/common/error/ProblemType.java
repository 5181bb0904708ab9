package id.banyuwangi.opendata.common.error;

import java.util.Locale;

/**
 * The kinds of problem the API reports (RFC 9457). Each has a stable {@code type} URI that
 * {@code GET /problems/{slug}} explains.
 */
public enum ProblemType {
    INVALID_PARAMETER(400, "Invalid request parameter",
            "A query or path parameter is unknown, malformed or out of range. The errors list names each parameter."),
    MALFORMED_BODY(400, "Malformed request body",
            "The request body could not be read as the documented media type."),
    NOT_FOUND(404, "Resource not found",
            "Nothing exists at this path, or no record has the given identifier."),
    METHOD_NOT_ALLOWED(405, "Method not allowed",
            "The resource exists but does not support this HTTP method. The Allow header lists those it does."),
    NOT_ACCEPTABLE(406, "Not acceptable",
            "None of the media types in the Accept header is offered by this resource."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type",
            "The Content-Type of the request body is not one this resource accepts."),
    RANGE_NOT_SATISFIABLE(416, "Range not satisfiable",
            "The Range header asks for bytes outside the content, or for several ranges; ask for one range."),
    TOO_MANY_REQUESTS(429, "Too many requests",
            "The client has used up its quota of requests for the current window. Retry after the seconds given in"
                    + " Retry-After; the RateLimit-Policy and RateLimit headers of every response show the quota and"
                    + " what is left of it."),
    INTERNAL_ERROR(500, "Internal error",
            "The service failed unexpectedly. The incident is logged; retrying later may help."),
    SERVICE_UNAVAILABLE(503, "Service unavailable",
            "A dependency such as the database is not reachable. Retry after the time given in Retry-After.");

    private final int status;
    private final String title;
    private final String description;

    ProblemType(int status, String title, String description) {
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The path segment of the type URI, e.g. {@code invalid-parameter}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The {@code type} member of the problem: a URI reference relative to the service root. */
    public String uri() {
        return "/problems/" + slug();
    }
}
