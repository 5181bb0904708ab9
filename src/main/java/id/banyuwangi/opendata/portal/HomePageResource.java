package id.banyuwangi.opendata.portal;

import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.seed.Site;
import id.banyuwangi.opendata.dataset.api.v1.DatasetDto;
import id.banyuwangi.opendata.dataset.catalog.DatasetFilter;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.dataset.release.VersionService;
import id.banyuwangi.opendata.indicator.IndicatorService;
import id.banyuwangi.opendata.indicator.api.v1.IndicatorDto;
import id.banyuwangi.opendata.region.RegencyService;
import id.banyuwangi.opendata.region.api.v1.RegencyDto;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * {@code /}: the home page, for browsers. A client that does not accept HTML (an API client asking for JSON) gets
 * the 404 problem it got before the portal existed, which points it to {@code /api/v1}.
 */
@Path("/")
public class HomePageResource {

    /** How many of the latest changed datasets and of the indicators the home page shows. */
    private static final int NEWEST = 5;
    /** The catalog is small: one page of the API's largest limit holds it. */
    private static final String ALL = "1000";
    private static final String FEATURED = "6";

    private final RegencyService regencies;
    private final DatasetService datasets;
    private final VersionService versions;
    private final IndicatorService indicators;
    private final PageRenderer pages;
    private final HttpHeaders headers;
    private final Site site;

    public HomePageResource(RegencyService regencies, DatasetService datasets, VersionService versions,
            IndicatorService indicators, PageRenderer pages, HttpHeaders headers, Site site) {
        this.regencies = regencies;
        this.datasets = datasets;
        this.versions = versions;
        this.indicators = indicators;
        this.pages = pages;
        this.headers = headers;
        this.site = site;
    }

    /** What the home page shows. */
    public record HomeView(String description, RegencyDto regency, List<DatasetDto> newest,
            List<IndicatorDto> indicators) {
    }

    @GET
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response home(@QueryParam(PageLanguage.PARAMETER) String lang) {
        if (headers.getAcceptableMediaTypes().stream().noneMatch(MediaType.TEXT_HTML_TYPE::isCompatible)) {
            throw new NotFoundException();
        }
        String base = pages.baseUri();
        return pages.page("home", "api/v1/regency", ctx -> {
            Map<String, Integer> latest = versions.latestNumbers();
            List<DatasetDto> newest = datasets.list(new DatasetFilter(null, null, null, null, null),
                    new PageParameters(ALL, null, "-modified")).items().stream().filter(d -> latest.containsKey(d.id))
                    .limit(NEWEST).map(d -> DatasetDto.from(d, latest.get(d.id), base)).toList();
            List<IndicatorDto> featured = indicators.list(new PageParameters(FEATURED, null, null)).items().stream()
                    .map(i -> IndicatorDto.from(i, base)).toList();
            return Templates.home(ctx, new HomeView(ctx.fmt().text(site.descriptionId(), site.descriptionEn()),
                    RegencyDto.from(regencies.regency(), base), newest, featured));
        });
    }
}
