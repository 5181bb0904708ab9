package id.banyuwangi.opendata.common.openapi;

import id.banyuwangi.opendata.common.error.ProblemMapper;
import id.banyuwangi.opendata.common.error.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the parts of the contract that every operation shares, so that no resource repeats them: the problem
 * responses (400 for unknown or malformed parameters, 404 for unknown identifiers, 406 for an unsupported Accept,
 * 429 over the rate limit, 503 when the database is down), 304 on a matching {@code If-None-Match}, the caching
 * headers of a 200, and the {@code RateLimit-Policy} and {@code RateLimit} headers of every response.
 */
public class ContractFilter implements OASFilter {

    private static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    private static final String RATE_LIMIT = "RateLimit";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents()
                .addHeader(RATE_LIMIT_POLICY, header("The client's quota policy (IETF draft-ietf-httpapi-ratelimit-"
                        + "headers): its name, `q` requests per window of `w` seconds; `anonymous` counts per IP"
                        + " address, `api-key` per API key (`Authorization: Bearer`).")
                        .example("\"anonymous\";q=1200;w=60"))
                .addHeader(RATE_LIMIT, header("What is left of the quota: `r` more requests in the `t` seconds"
                        + " until the client's window ends.")
                        .example("\"anonymous\";r=1199;t=42"));
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (method == PathItem.HttpMethod.GET) {
                documentGet(path, operation);
            }
        }));
    }

    private static void documentGet(String path, Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("Strong validator of this representation; send it in If-None-Match."));
            ok.addHeader("Cache-Control", header("How long the response may be cached."));
            if (operation.getOperationId() != null && operation.getOperationId().startsWith("list")) {
                ok.addHeader("Link", header("RFC 8288 link to the next page (rel=\"next\"), absent on the last page."));
            }
        }
        operation.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not modified: the representation still has the ETag sent in If-None-Match."));
        operation.getResponses().addAPIResponse("400", problem(ProblemType.INVALID_PARAMETER,
                "Unknown query parameter(s): distrct_code.", path,
                List.of(Map.of("field", "distrct_code", "detail", "is not a parameter of this operation")),
                "An unknown, repeated or malformed parameter."));
        if (path.contains("{")) {
            operation.getResponses().addAPIResponse("404", problem(ProblemType.NOT_FOUND,
                    "No record has the given identifier.", path, List.of(), "No record has this identifier."));
        }
        operation.getResponses().addAPIResponse("406", problem(ProblemType.NOT_ACCEPTABLE,
                "None of the media types in the Accept header is offered here.", path, List.of(),
                "The Accept header names no media type this operation offers."));
        operation.getResponses().addAPIResponse("429", problem(ProblemType.TOO_MANY_REQUESTS,
                "This client has made more than 1200 requests in 60 seconds; retry after 42 seconds.", path,
                List.of(), "The client has used up its quota for the current window; retry after Retry-After seconds.")
                .addHeader("Retry-After", header("Seconds until the client's window ends.")));
        operation.getResponses().addAPIResponse("503", problem(ProblemType.SERVICE_UNAVAILABLE,
                "The database is not reachable at the moment.", path, List.of(),
                "The database is unavailable; retry after Retry-After seconds.")
                .addHeader("Retry-After", header("Seconds to wait before retrying.")));
        operation.getResponses().getAPIResponses().values().forEach(response -> response
                .addHeader(RATE_LIMIT_POLICY, OASFactory.createHeader().ref(RATE_LIMIT_POLICY))
                .addHeader(RATE_LIMIT, OASFactory.createHeader().ref(RATE_LIMIT)));
    }

    private static APIResponse problem(ProblemType type, String detail, String path, List<Map<String, String>> errors,
            String description) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", detail);
        example.put("instance", path);
        example.put("errors", errors);
        Content content = OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON,
                OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .addExample(type.slug(), OASFactory.createExample().value(example)));
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
    }
}
