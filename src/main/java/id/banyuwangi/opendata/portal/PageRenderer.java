package id.banyuwangi.opendata.portal;

import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.seed.Site;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/**
 * Answers a page the way {@link ApiResponses} answers the API: rendered once per URI, Accept and Accept-Language,
 * kept in the same response cache (emptied by the same events), with a strong ETag and a 304 on
 * {@code If-None-Match}. A page is rendered from the same service calls as the API response it shows, and only on a
 * cache miss.
 */
@ApplicationScoped
public class PageRenderer {

    static final String HTML = "text/html; charset=utf-8";
    private static final String VARY = "Accept, Accept-Encoding, Accept-Language";

    private final ApiResponses responses;
    private final UriInfo uriInfo;
    private final HttpHeaders headers;
    private final Site site;

    public PageRenderer(ApiResponses responses, UriInfo uriInfo, HttpHeaders headers, Site site) {
        this.responses = responses;
        this.uriInfo = uriInfo;
        this.headers = headers;
        this.site = site;
    }

    /**
     * A 200 (or 304) with the page {@code page} renders; {@code apiPath} is the API path (from the root, without a
     * leading slash) of what it shows, or null.
     */
    public Response page(String nav, String apiPath, Function<PageContext, TemplateInstance> page) {
        PageContext context = context(nav, apiPath);
        return responses.get(() -> responses.text(render(context, page.apply(context)), HTML)
                .withHeader(HttpHeaders.VARY, VARY)
                .withHeader(HttpHeaders.CONTENT_LANGUAGE, context.lang()));
    }

    /** The context of the current request's page. */
    PageContext context(String nav, String apiPath) {
        String lang = uriInfo.getQueryParameters().getFirst(PageLanguage.PARAMETER);
        PageLanguage language = PageLanguage.of(lang, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String switchUrl = uriInfo.getRequestUriBuilder().replaceQueryParam(PageLanguage.PARAMETER,
                language.other().tag()).build().getRawPath();
        String query = uriInfo.getRequestUriBuilder().replaceQueryParam(PageLanguage.PARAMETER,
                language.other().tag()).build().getRawQuery();
        String other = query == null ? switchUrl : switchUrl + "?" + query;
        String base = responses.baseUri();
        return new PageContext(language, new PageFormat(language), site.title(), nav, other,
                base.substring(0, base.length() - 1) + other, apiPath == null ? null : base + apiPath, lang != null);
    }

    /** The HTML of a template instance in the context's language. */
    static String render(PageContext context, TemplateInstance page) {
        return page.setLocale(context.language().locale()).render();
    }

    /** The root URL of the service, ending in a slash. */
    String baseUri() {
        return responses.baseUri();
    }
}
