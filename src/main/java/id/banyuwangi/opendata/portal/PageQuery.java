package id.banyuwangi.opendata.portal;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page's query parameters as links change them: a facet added or removed, another sort, the next page. Blank
 * values (an empty filter box) are dropped, so that a submitted form and the API URL it shows carry only what
 * filters.
 */
final class PageQuery {

    private final String path;
    private final Map<String, List<String>> parameters;

    private PageQuery(String path, Map<String, List<String>> parameters) {
        this.path = path;
        this.parameters = parameters;
    }

    /** The query of a request to {@code path}, from its raw query string (null for none), in its order. */
    static PageQuery of(String path, String rawQuery) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!name.isEmpty() && !value.isBlank()) {
                    kept.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                }
            }
        }
        return new PageQuery(path, kept);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The first value of a parameter, or null. */
    String first(String name) {
        List<String> values = parameters.get(name);
        return values == null ? null : values.get(0);
    }

    /** The parameters except {@code names}, for a service that reads the rest. */
    Map<String, List<String>> without(Set<String> names) {
        Map<String, List<String>> rest = new LinkedHashMap<>(parameters);
        names.forEach(rest::remove);
        return rest;
    }

    /** The same query with {@code name} set to {@code value} (removed when null) and {@code dropped} removed. */
    PageQuery with(String name, String value, String... dropped) {
        Map<String, List<String>> changed = new LinkedHashMap<>(parameters);
        for (String d : dropped) {
            changed.remove(d);
        }
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, List.of(value));
        }
        return new PageQuery(path, changed);
    }

    /** The link: the path and its query, encoded. */
    String link() {
        return link(path, parameters);
    }

    /** A link to {@code path} with {@code parameters}, encoded. */
    static String link(String path, Map<String, List<String>> parameters) {
        UriBuilder builder = UriBuilder.fromPath(path);
        parameters.forEach((name, values) -> builder.queryParam(name, new ArrayList<Object>(values).toArray()));
        return builder.build().toString();
    }
}
