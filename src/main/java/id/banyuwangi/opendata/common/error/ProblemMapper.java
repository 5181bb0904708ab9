package id.banyuwangi.opendata.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.QueryTimeoutException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become HTTP responses: every error leaves the service as an RFC 9457
 * {@code application/problem+json} document ({@link ProblemRenderer}), without stack traces, class names or SQL;
 * only a browser asking for a page outside the API is shown the problem as a page ({@link ProblemPage}).
 */
public class ProblemMapper {

    /** Media type of problem details (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    /** The detail of a request URI whose percent-encoding cannot be decoded. */
    static final String UNDECODABLE = "The request URI cannot be decoded: a % must be followed by two hexadecimal"
            + " digits (write %25 for a percent sign).";

    private final ProblemRenderer renderer;
    private final AllowedMethods allowedMethods;
    private final Instance<ProblemPage> pages;
    private final HttpHeaders headers;

    public ProblemMapper(ProblemRenderer renderer, AllowedMethods allowedMethods, Instance<ProblemPage> pages,
            HttpHeaders headers) {
        this.renderer = renderer;
        this.allowedMethods = allowedMethods;
        this.pages = pages;
        this.headers = headers;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response.ResponseBuilder builder = problem(e.type(), e.getMessage(), e.errors(), uri);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return problem(ProblemType.NOT_FOUND, "No resource at " + uri.getPath() + ". GET /api/v1 lists the resources.",
                List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        String allow = String.join(", ", allowedMethods.on(uri.getPath()));
        return problem(ProblemType.METHOD_NOT_ALLOWED,
                "This resource does not support the request method. Allowed: " + allow + ".",
                List.of(), uri).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return problem(ProblemType.NOT_ACCEPTABLE,
                "None of the media types in the Accept header is offered here; the operation's documentation lists"
                        + " those that are (JSON, and CSV or GeoJSON where the data allows).",
                List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e, UriInfo uri) {
        return problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "The request's Content-Type is not accepted by this resource.", List.of(), uri).build();
    }

    /** A query whose percent-encoding cannot be decoded, found when a resource reads its parameters. */
    @ServerExceptionMapper
    public Response undecodable(HttpException e, UriInfo uri) {
        if (e.getStatusCode() != ProblemType.INVALID_PARAMETER.status()) {
            return unexpected(e, uri);
        }
        return problem(ProblemType.INVALID_PARAMETER, UNDECODABLE, List.of(), uri).build();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return api(ApiException.malformedBody(e), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(ProblemType.INVALID_PARAMETER, "The request has " + errors.size() + " invalid value(s).",
                errors, uri).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = status == 404 ? ProblemType.NOT_FOUND : ProblemType.INVALID_PARAMETER;
        return problem(type, type.title() + ".", List.of(), uri).status(status).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Database unavailable while serving %s: %s", uri.getPath(), e.getMessage());
            return problem(ProblemType.SERVICE_UNAVAILABLE, "The database is not reachable at the moment.",
                    List.of(), uri).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (isQueryTimeout(e)) {
            LOG.warnf("Query timed out while serving %s", uri.getPath());
            return problem(ProblemType.QUERY_TIMEOUT, "The query ran longer than the service allows; narrow the"
                    + " filters (an equality or range filter on a field is cheaper than q words).", List.of(), uri)
                    .build();
        }
        LOG.errorf(e, "Unexpected error while serving %s", uri.getPath());
        return problem(ProblemType.INTERNAL_ERROR, "The service failed to answer this request.", List.of(), uri)
                .build();
    }

    private Response.ResponseBuilder problem(ProblemType type, String detail, List<FieldError> errors, UriInfo uri) {
        ProblemRenderer.Rendered problem = pages.stream().map(p -> p.render(type, detail, uri, headers))
                .filter(Objects::nonNull).findFirst()
                .orElseGet(() -> renderer.render(type, detail, errors, uri.getPath(), uri.getBaseUri().toString()));
        return Response.status(type.status())
                .type(problem.mediaType())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(problem.body());
    }

    /**
     * Whether the failure is the database being unreachable or hung, told by the exceptions' types and SQLSTATEs,
     * never their wording: a connection error (SQLSTATE class 08), a server shutting down or starting (57P0x), or no
     * pooled connection within the acquisition timeout (the pool's {@link TimeoutException} behind its
     * {@link SQLException}, as when PostgreSQL is frozen and no new connection completes).
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the failure is a statement cancelled for running past its timeout (SQLSTATE 57014). */
    private static boolean isQueryTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryTimeoutException
                    || t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
