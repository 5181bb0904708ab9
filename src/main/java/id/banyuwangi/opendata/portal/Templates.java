package id.banyuwangi.opendata.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages' templates ({@code templates/pages/}), checked against their parameters when the application is built. */
@CheckedTemplate(basePath = "pages")
final class Templates {

    private Templates() {
    }

    static native TemplateInstance home(PageContext ctx, HomePageResource.HomeView view);

    static native TemplateInstance about(PageContext ctx, AboutPageResource.AboutView view);

    static native TemplateInstance catalog(PageContext ctx, DatasetPageResource.CatalogView view);

    static native TemplateInstance dataset(PageContext ctx, DatasetPageResource.DatasetView view);

    static native TemplateInstance diff(PageContext ctx, DatasetPageResource.DiffView view);

    static native TemplateInstance indicators(PageContext ctx, IndicatorPageResource.CatalogueView view);

    static native TemplateInstance indicator(PageContext ctx, IndicatorPageResource.IndicatorView view);

    static native TemplateInstance district(PageContext ctx, RegionPageResource.DistrictView view);

    static native TemplateInstance village(PageContext ctx, RegionPageResource.VillageView view);

    static native TemplateInstance error(PageContext ctx, int status, String title, String detail);
}
