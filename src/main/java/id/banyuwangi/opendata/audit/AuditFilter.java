package id.banyuwangi.opendata.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.auth.Caller;
import id.banyuwangi.opendata.auth.CallerContext;
import id.banyuwangi.opendata.common.error.ProblemMapper;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Writes an audit event for every request that may change something (POST, PUT, PATCH, DELETE) under
 * {@code /api/}, after its response is decided, so rejected and failed writes are recorded as well as successful
 * ones. The action is the endpoint's OpenAPI operation id.
 */
@Provider
public class AuditFilter implements ContainerResponseFilter {

    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final int SUCCESS_BELOW = 400;
    private static final int REJECTED_BELOW = 500;

    private final AuditService audit;
    private final CallerContext callers;
    private final CurrentVertxRequest currentRequest;
    private final ObjectMapper json;

    @Context
    ResourceInfo resourceInfo;

    public AuditFilter(AuditService audit, CallerContext callers, CurrentVertxRequest currentRequest,
            ObjectMapper json) {
        this.audit = audit;
        this.callers = callers;
        this.currentRequest = currentRequest;
        this.json = json;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (!WRITES.contains(request.getMethod()) || !path.startsWith("/api/")) {
            return;
        }
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        Caller caller = callers.orNull();
        if (caller != null) {
            event.keyId = caller.keyId();
            event.keyName = caller.keyName();
        }
        event.clientAddress = currentRequest.getCurrent().request().remoteAddress().hostAddress();
        event.action = action();
        event.method = request.getMethod();
        event.path = path;
        event.status = response.getStatus();
        event.outcome = event.status < SUCCESS_BELOW ? "success"
                : event.status < REJECTED_BELOW ? "rejected" : "failed";
        event.target = response.getHeaderString(HttpHeaders.LOCATION);
        event.detail = event.status < SUCCESS_BELOW ? null : problemDetail(response);
        audit.record(event);
    }

    private String action() {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        Operation operation = method == null ? null : method.getAnnotation(Operation.class);
        return operation == null ? "unknown" : operation.operationId();
    }

    private String problemDetail(ContainerResponseContext response) {
        if (!(response.getEntity() instanceof byte[] body) || response.getMediaType() == null
                || !response.getMediaType().toString().startsWith(ProblemMapper.PROBLEM_JSON)) {
            return null;
        }
        try {
            JsonNode problem = json.readTree(body);
            return problem.path("detail").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
