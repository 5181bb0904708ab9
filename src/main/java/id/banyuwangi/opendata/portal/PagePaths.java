package id.banyuwangi.opendata.portal;

import java.util.List;

/**
 * Which request paths are the portal's: every path outside the machine interfaces (the API, OGC API - Features,
 * the problem types, the harvest documents and Quarkus's {@code /q} endpoints). Those keep their JSON answers,
 * errors included, whatever the client accepts.
 */
final class PagePaths {

    private static final List<String> MACHINE_PREFIXES = List.of("/api/", "/ogc", "/problems/", "/q/", "/data.json");

    private PagePaths() {
    }

    /** Whether {@code path} belongs to the pages (or would, if a page were there). */
    static boolean isPage(String path) {
        String normalised = path.equals("/api") ? "/api/" : path;
        return MACHINE_PREFIXES.stream().noneMatch(normalised::startsWith);
    }

    /** Whether a client with this Accept header is a browser asking for a page. */
    static boolean wantsHtml(String accept) {
        return accept != null && accept.contains("text/html");
    }
}
