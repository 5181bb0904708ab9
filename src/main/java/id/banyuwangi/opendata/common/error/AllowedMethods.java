package id.banyuwangi.opendata.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The HTTP methods each path of the API supports, read once from the resource classes, so that a 405 can carry
 * the {@code Allow} header RFC 9110 requires (the framework's exception does not say which methods are allowed).
 */
@ApplicationScoped
public class AllowedMethods {

    private final List<Route> routes = new ArrayList<>();

    public AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                String http = httpMethod(method);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(pattern(root.value() + (sub == null ? "" : "/" + sub.value())), http));
                }
            }
        }
    }

    /** The methods allowed on {@code path}, with HEAD wherever GET is, and OPTIONS; empty for an unknown path. */
    public Set<String> on(String path) {
        Set<String> allowed = new TreeSet<>();
        routes.stream().filter(r -> r.pattern().matcher(path).matches()).forEach(r -> allowed.add(r.method()));
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD);
        }
        if (!allowed.isEmpty()) {
            allowed.add(HttpMethod.OPTIONS);
        }
        return allowed;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static Pattern pattern(String template) {
        String normalized = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        return Pattern.compile(normalized.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."));
    }

    private record Route(Pattern pattern, String method) {
    }
}
