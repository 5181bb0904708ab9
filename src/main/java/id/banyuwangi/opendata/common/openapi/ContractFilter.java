package id.banyuwangi.opendata.common.openapi;

import id.banyuwangi.opendata.common.error.ProblemMapper;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.common.http.CsvDialect;
import id.banyuwangi.opendata.common.http.Format;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the parts of the contract that operations share, so that no resource repeats them: the problem
 * responses (400 for unknown or malformed parameters, 404 for unknown identifiers, 406 for an unsupported Accept,
 * 413 and 415 for bodies, 401 and 403 where an API key is needed, 429 over the rate limit, 503 when the database is
 * down), 304 on a matching {@code If-None-Match} and the caching headers of a public GET, the {@code RateLimit-Policy}
 * and {@code RateLimit} headers of every response, the problem content of every other error response a
 * resource declares, the values of each {@code format} parameter, and the keys every response always has.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
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
            boolean keyed = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            if (method == PathItem.HttpMethod.GET && !keyed) {
                documentCaching(operation);
            }
            if (keyed) {
                documentKeyed(path, operation);
            }
            documentShared(path, operation, method == PathItem.HttpMethod.GET);
            completeProblems(path, operation);
            enumerateFormats(operation);
        }));
        requireResponseKeys(openAPI);
    }

    /**
     * Lists the values of an operation's {@code format} parameter: the formats among the media types its 200
     * response offers (the list parameters are declared once for every list, which offer different formats); and
     * keeps the {@code spreadsheet} parameter only where there is CSV.
     */
    private static void enumerateFormats(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (operation.getParameters() == null || ok == null || ok.getContent() == null) {
            return;
        }
        List<Object> formats = new ArrayList<>(Arrays.stream(Format.values())
                .filter(format -> ok.getContent().hasMediaType(format.mediaType()))
                .map(format -> (Object) format.parameterValue())
                .toList());
        if (ok.getContent().hasMediaType(Format.XLSX)) {
            formats.add(Format.XLSX_VALUE);
        }
        operation.getParameters().stream()
                .filter(parameter -> parameter.getIn() == Parameter.In.QUERY && "format".equals(parameter.getName()))
                .forEach(parameter -> parameter.getSchema().setEnumeration(formats));
        if (!formats.contains(Format.CSV.parameterValue())) {
            operation.getParameters().stream()
                    .filter(parameter -> parameter.getIn() == Parameter.In.QUERY
                            && CsvDialect.PARAMETER.equals(parameter.getName()))
                    .toList()
                    .forEach(operation::removeParameter);
        }
    }

    /**
     * Marks every key of every schema a response uses as required: Jackson writes every property, null where there
     * is no value ({@code quarkus.jackson.serialization-inclusion=always}), so a typed client may rely on each key
     * being there. Schemas only request bodies use keep the required keys their validation declares, and so do the
     * schemas of other standards' documents (META-INF/openapi.yaml), which list the keys the service always sends.
     */
    private static void requireResponseKeys(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Deque<Schema> pending = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getContent() != null)
                        .forEach(response -> response.getContent().getMediaTypes().values().stream()
                                .map(MediaType::getSchema)
                                .filter(Objects::nonNull)
                                .forEach(pending::add))));
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null) {
                Schema target = components.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
                if (target != null) {
                    pending.push(target);
                }
            }
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
                    schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
                }
                pending.addAll(schema.getProperties().values());
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(Objects::nonNull)
                    .forEach(pending::addAll);
            Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema())
                    .filter(Objects::nonNull)
                    .forEach(pending::add);
        }
    }

    /** A public GET: validators, caching headers and the 304. */
    private static void documentCaching(Operation operation) {
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
    }

    /** An operation that needs an API key: 401 and 403. */
    private static void documentKeyed(String path, Operation operation) {
        operation.getResponses().addAPIResponse("401", problem(ProblemType.UNAUTHORIZED,
                "This operation needs an API key: send Authorization: Bearer <key>.", path, List.of(),
                "No API key, or one that is malformed, unknown, revoked or expired.")
                .addHeader("WWW-Authenticate", header("The Bearer challenge (RFC 6750), with the error.")));
        operation.getResponses().addAPIResponse("403", problem(ProblemType.FORBIDDEN,
                "Key key_5e1f0a9b3c7d2e4f publishes for dpmd-banyuwangi, not for diskominfo-banyuwangi.", path,
                List.of(), "The key may not do this (another organization's dataset, or an admin operation)."));
    }

    /** What every operation may answer: 400, 404 with path parameters, 406 for reads, 413/415 for bodies, 429, 503. */
    private static void documentShared(String path, Operation operation, boolean read) {
        // In the order of a problem's errors (field, detail, row), so that the document is the same on every build.
        Map<String, Object> unknown = new LinkedHashMap<>();
        unknown.put("field", "distrct_code");
        unknown.put("detail", "is not a parameter of this operation");
        unknown.put("row", null);
        operation.getResponses().addAPIResponse("400", problem(ProblemType.INVALID_PARAMETER,
                "Unknown query parameter(s): distrct_code.", path, List.of(unknown),
                read ? "An unknown, repeated or malformed parameter."
                        : "An unknown, repeated or malformed parameter, or a body that is not the documented JSON."));
        if (path.contains("{")) {
            operation.getResponses().addAPIResponse("404", problem(ProblemType.NOT_FOUND,
                    "No record has the given identifier.", path, List.of(), "No record has this identifier."));
        }
        if (read) {
            operation.getResponses().addAPIResponse("406", problem(ProblemType.NOT_ACCEPTABLE,
                    "None of the media types in the Accept header is offered here.", path, List.of(),
                    "The Accept header names no media type this operation offers."));
        }
        if (operation.getRequestBody() != null) {
            operation.getResponses().addAPIResponse("413", problem(ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than this operation accepts (1048576 bytes).", path, List.of(),
                    "The body is larger than the configured limit."));
            operation.getResponses().addAPIResponse("415", problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The request's Content-Type is not accepted by this resource.", path, List.of(),
                    "The body's Content-Type is not the documented one."));
        }
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

    /**
     * Gives every error response a resource declares with only a description (409, 422, ...) the problem schema
     * and an example of its problem type.
     */
    private static void completeProblems(String path, Operation operation) {
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") && response.getContent() == null) {
                ProblemType type = ProblemType.of(Integer.parseInt(status));
                APIResponse problem = problem(type, response.getDescription(), path, List.of(),
                        response.getDescription());
                response.setContent(problem.getContent());
            }
        });
    }

    private static APIResponse problem(ProblemType type, String detail, String path, List<Map<String, Object>> errors,
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
