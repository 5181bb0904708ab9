package id.banyuwangi.opendata.portal;

import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.dataset.api.v1.DatasetDto;
import id.banyuwangi.opendata.dataset.catalog.DatasetFilter;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.dataset.release.VersionService;
import id.banyuwangi.opendata.source.SourceService;
import id.banyuwangi.opendata.source.api.v1.SourceDto;
import io.quarkus.qute.RawString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /about}: where the data comes from, under which licences, and how versions, citations and the API work. */
@Path("/about")
public class AboutPageResource {

    /** Every entry of the register and every dataset fit in one page of the API's largest limit. */
    private static final String ALL = "1000";

    private final SourceService sources;
    private final DatasetService datasets;
    private final VersionService versions;
    private final LicenceStatements statements;
    private final PageRenderer pages;

    AboutPageResource(SourceService sources, DatasetService datasets, VersionService versions,
            LicenceStatements statements, PageRenderer pages) {
        this.sources = sources;
        this.datasets = datasets;
        this.versions = versions;
        this.statements = statements;
        this.pages = pages;
    }

    /**
     * What the page shows.
     *
     * @param byLicence  the datasets under each licence (by SPDX id), in catalog order
     * @param statements the seed's licence statements, word for word
     */
    public record AboutView(List<SourceDto> sources, Map<String, List<DatasetDto>> byLicence,
            List<RawString> statements) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response about(@QueryParam(PageLanguage.PARAMETER) String lang) {
        String base = pages.baseUri();
        return pages.page("about", "api/v1/sources", ctx -> {
            Map<String, Integer> latest = versions.latestNumbers();
            List<SourceDto> register = sources.list(new PageParameters(ALL, null, null)).items().stream()
                    .map(s -> SourceDto.from(s, base)).toList();
            Map<String, List<DatasetDto>> byLicence = datasets.list(new DatasetFilter(null, null, null, null, null),
                    new PageParameters(ALL, null, null)).items().stream()
                    .map(d -> DatasetDto.from(d, latest.get(d.id), base))
                    .collect(Collectors.groupingBy(d -> d.license().id(), LinkedHashMap::new, Collectors.toList()));
            return Templates.about(ctx, new AboutView(register, byLicence, statements.statements()));
        });
    }
}
