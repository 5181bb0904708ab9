package id.banyuwangi.opendata.common.http;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import id.banyuwangi.opendata.common.error.ProblemType;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects query parameters an operation does not declare, and repeated single-valued parameters, with a 400 that
 * names them: a typo such as {@code ?distrct_code=} must not silently return everything. The declared names are
 * read once per resource method from its {@link QueryParam} parameters and {@link BeanParam} fields.
 */
public class QueryParameterFilter {

    private final Map<Method, Map<String, Boolean>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUndeclaredParameters(UriInfo uriInfo, ResourceInfo resourceInfo) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null || method.isAnnotationPresent(FieldFilters.class)) {
            return;
        }
        Map<String, Boolean> allowed = declared.computeIfAbsent(method, QueryParameterFilter::declaredParameters);
        List<FieldError> errors = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        uriInfo.getQueryParameters().forEach((name, values) -> {
            Boolean multiValued = allowed.get(name);
            if (multiValued == null) {
                unknown.add(name);
                errors.add(new FieldError(name, "is not a parameter of this operation; known parameters are "
                        + String.join(", ", new TreeSet<>(allowed.keySet()))));
            } else if (!multiValued && values.size() > 1) {
                errors.add(new FieldError(name, "is given " + values.size() + " times but takes one value"));
            }
        });
        if (!errors.isEmpty()) {
            String detail = unknown.isEmpty() ? "A single-valued parameter is repeated."
                    : "Unknown query parameter(s): " + String.join(", ", unknown) + ".";
            throw new ApiException(ProblemType.INVALID_PARAMETER, detail, errors);
        }
    }

    /** Declared query parameter names, each mapped to whether it may be repeated. */
    private static Map<String, Boolean> declaredParameters(Method method) {
        Map<String, Boolean> names = new ConcurrentHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.put(query.value(), Collection.class.isAssignableFrom(parameter.getType()));
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = parameter.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.put(fieldQuery.value(), Collection.class.isAssignableFrom(field.getType()));
                        }
                    }
                }
            }
        }
        return names;
    }
}
