package id.banyuwangi.opendata.ckan.api;

import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import id.banyuwangi.opendata.common.error.ProblemEnvelope;
import id.banyuwangi.opendata.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CKAN's error envelope, for the CKAN-compatible API: clients of CKAN read errors in this shape. */
@ApplicationScoped
class CkanErrorEnvelope implements ProblemEnvelope {

    /** Path of the CKAN-compatible API. */
    private static final String CKAN_API = "/api/3/";

    @Override
    public boolean covers(String path) {
        return path.startsWith(CKAN_API);
    }

    @Override
    public String mediaType() {
        return MediaType.APPLICATION_JSON;
    }

    @Override
    public Object body(ProblemType type, String detail, List<FieldError> errors, String baseUri) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("__type", switch (type) {
            case NOT_FOUND -> "Not Found Error";
            case TOO_MANY_REQUESTS -> type.title();
            default -> type.status() < 500 ? "Validation Error" : type.title();
        });
        error.put("message", detail);
        errors.forEach(e -> error.put(e.field(), List.of(e.detail())));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", baseUri + "q/swagger-ui");
        body.put("success", false);
        body.put("error", error);
        return body;
    }
}
