package id.banyuwangi.opendata.portal;

import id.banyuwangi.opendata.common.error.ProblemPage;
import id.banyuwangi.opendata.common.error.ProblemRenderer;
import id.banyuwangi.opendata.common.error.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;

/**
 * Shows a problem as a page when a browser (its Accept names {@code text/html}) asks for a page's path: an unknown
 * address, a dataset that does not exist, a malformed filter. The status is the problem's; API clients, and every
 * path of the API, keep the problem document.
 */
@ApplicationScoped
class ProblemPages implements ProblemPage {

    private final PageRenderer pages;

    ProblemPages(PageRenderer pages) {
        this.pages = pages;
    }

    @Override
    public ProblemRenderer.Rendered render(ProblemType type, String detail, UriInfo uri, HttpHeaders headers) {
        if (!PagePaths.isPage("/" + uri.getPath().replaceFirst("^/", ""))
                || !PagePaths.wantsHtml(headers.getHeaderString(HttpHeaders.ACCEPT))) {
            return null;
        }
        PageContext context = pages.context("", null);
        String html = PageRenderer.render(context, Templates.error(context, type.status(), type.title(), detail));
        return new ProblemRenderer.Rendered(PageRenderer.HTML, html.getBytes(StandardCharsets.UTF_8));
    }
}
