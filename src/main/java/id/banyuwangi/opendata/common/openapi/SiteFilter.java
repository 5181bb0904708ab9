package id.banyuwangi.opendata.common.openapi;

import id.banyuwangi.opendata.common.seed.Site;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Names the installation's regency in the served document, at start: the title, the first paragraph of the
 * description and the contact come from the seed's {@link Site}. The examples in the code are real rows of the
 * default seed (Banyuwangi, {@value #EXAMPLES_REGENCY}); on another regency's seed they would describe places that
 * installation does not serve, so there they are left out of the document rather than shown wrong.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SiteFilter implements OASFilter {

    /** The regency whose rows the examples in the code (and {@code openapi/openapi.yaml}) show. */
    static final String EXAMPLES_REGENCY = "35.10";

    private Site site;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Site s = site();
        openAPI.getInfo().title(s.title())
                .description(s.descriptionEn() + "\n\n" + openAPI.getInfo().getDescription())
                .contact(OASFactory.createContact().name(s.maintainerName()).url(s.maintainerUrl()));
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        return foreign() ? parameter.example(null).examples(null).content(withoutExamples(parameter.getContent()))
                : parameter;
    }

    @Override
    public Header filterHeader(Header header) {
        return foreign() ? header.example(null).examples(null) : header;
    }

    @Override
    public Schema filterSchema(Schema schema) {
        return foreign() ? schema.example(null).examples(null) : schema;
    }

    @Override
    public RequestBody filterRequestBody(RequestBody body) {
        return foreign() ? body.content(withoutExamples(body.getContent())) : body;
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        return foreign() ? response.content(withoutExamples(response.getContent())) : response;
    }

    private static Content withoutExamples(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> media.example(null).examples(null));
        }
        return content;
    }

    private boolean foreign() {
        return !site().regencyCode().equals(EXAMPLES_REGENCY);
    }

    private Site site() {
        if (site == null) {
            site = CDI.current().select(Site.class).get();
        }
        return site;
    }
}
