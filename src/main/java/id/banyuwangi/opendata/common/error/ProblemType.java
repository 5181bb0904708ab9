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
    UNAUTHORIZED(401, "Authentication required",
            "The operation needs a valid API key in Authorization: Bearer <key>; the key was missing, malformed,"
                    + " unknown, revoked or expired. WWW-Authenticate says which."),
    FORBIDDEN(403, "Not allowed",
            "The API key is valid but may not do this: a publisher key acts only for its own organization, and"
                    + " managing keys and reading the audit log need an admin key."),
    NOT_FOUND(404, "Resource not found",
            "Nothing exists at this path, or no record has the given identifier."),
    METHOD_NOT_ALLOWED(405, "Method not allowed",
            "The resource exists but does not support this HTTP method. The Allow header lists those it does."),
    NOT_ACCEPTABLE(406, "Not acceptable",
            "None of the media types in the Accept header is offered by this resource."),
    CONFLICT(409, "Conflict",
            "The request conflicts with the current state: an id that is taken, a draft that is no longer open, or"
                    + " a draft made against a version that is no longer the latest."),
    PAYLOAD_TOO_LARGE(413, "Request body too large",
            "The request body is larger than this operation accepts; the detail gives the limit."),
    URI_TOO_LONG(414, "Request URI too long",
            "The request line is longer than the service accepts (4,096 bytes). Ask for less at a time: fewer values"
                    + " in a filter, or several requests."),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type",
            "The Content-Type of the request body is not one this resource accepts."),
    RANGE_NOT_SATISFIABLE(416, "Range not satisfiable",
            "The Range header asks for bytes outside the content, or for several ranges; ask for one range."),
    INVALID_DATA(422, "Invalid data",
            "The uploaded data or the dataset description breaks the rules of the Table Schema or of the catalog."
                    + " The errors list each problem with its row (for uploads) and field, capped; the detail gives"
                    + " the total count."),
    IDEMPOTENCY_KEY_REUSED(422, "Idempotency key reused",
            "The Idempotency-Key was already used by this API key for a different request; use a new key for a"
                    + " new request."),
    HEADERS_TOO_LARGE(431, "Request header fields too large",
            "The request's header fields are larger than the service accepts (20,480 bytes together); send fewer or"
                    + " shorter headers (cookies of other sites, for example, do not belong here)."),
    TOO_MANY_REQUESTS(429, "Too many requests",
            "The client has used up its quota of requests for the current window. Retry after the seconds given in"
                    + " Retry-After; the RateLimit-Policy and RateLimit headers of every response show the quota and"
                    + " what is left of it."),
    INTERNAL_ERROR(500, "Internal error",
            "The service failed unexpectedly. The incident is logged; retrying later may help."),
    SERVICE_UNAVAILABLE(503, "Service unavailable",
            "A dependency such as the database is not reachable. Retry after the time given in Retry-After."),
    QUERY_TIMEOUT(503, "Query timeout",
            "The query ran longer than the service allows (opendata.paging.query-timeout), so it was stopped; narrow"
                    + " its filters. Retrying the same query will not help.");

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

    /** The first type with this status. */
    public static ProblemType of(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        throw new IllegalArgumentException("no problem type has status " + status);
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
