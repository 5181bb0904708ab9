package id.banyuwangi.opendata.portal;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.profile.VillageProfileService;
import id.banyuwangi.opendata.profile.api.v1.VillageProfileDto;
import id.banyuwangi.opendata.region.DistrictService;
import id.banyuwangi.opendata.region.RegencyService;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.region.VillageFilter;
import id.banyuwangi.opendata.region.VillageService;
import id.banyuwangi.opendata.region.api.v1.DistrictDto;
import id.banyuwangi.opendata.region.api.v1.RegencyDto;
import id.banyuwangi.opendata.region.api.v1.VillageDto;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /districts/{code}} and {@code /villages/{code}}: a kecamatan with its villages, and a village's profile
 * (latest values with their change and release, services, former names), each with its boundary map and links up
 * to the kecamatan and the regency.
 */
@Path("/")
public class RegionPageResource {

    private static final String ALL = "1000";

    private final RegencyService regencies;
    private final DistrictService districts;
    private final VillageService villages;
    private final VillageProfileService profiles;
    private final PageRenderer pages;
    private final PortalConfig config;

    RegionPageResource(RegencyService regencies, DistrictService districts, VillageService villages,
            VillageProfileService profiles, PageRenderer pages, PortalConfig config) {
        this.regencies = regencies;
        this.districts = districts;
        this.villages = villages;
        this.profiles = profiles;
        this.pages = pages;
        this.config = config;
    }

    /** What a kecamatan's page shows. */
    public record DistrictView(RegencyDto regency, DistrictDto district, List<VillageDto> villages,
            String geoJsonUrl, String tileUrl, String tileAttribution) {
    }

    @GET
    @Path("districts/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response district(@PathParam("code") String code, @QueryParam(PageLanguage.PARAMETER) String lang) {
        RegionCode district = Parameters.parse("code", code, c -> RegionCode.parse(c, RegionLevel.DISTRICT));
        String base = pages.baseUri();
        return pages.page("", "api/v1/districts/" + district, ctx -> Templates.district(ctx, new DistrictView(
                RegencyDto.from(regencies.regency(), base), DistrictDto.from(districts.get(district), base),
                villages.listInDistrict(new VillageFilter(district, null, null, null, null, null, null),
                        new PageParameters(ALL, null, null)).items().stream().map(v -> VillageDto.from(v, base))
                        .toList(),
                base + "api/v1/districts/" + district + "/villages?format=geojson&limit=" + ALL,
                config.tileUrl().orElse(null), config.tileAttribution().orElse(null))));
    }

    /** What a village's page shows. */
    public record VillageView(RegencyDto regency, VillageProfileDto profile, String geoJsonUrl, String tileUrl,
            String tileAttribution) {
    }

    @GET
    @Path("villages/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response village(@PathParam("code") String code, @QueryParam(PageLanguage.PARAMETER) String lang) {
        RegionCode village = Parameters.parse("code", code, c -> RegionCode.parse(c, RegionLevel.VILLAGE));
        String base = pages.baseUri();
        return pages.page("", "api/v1/villages/" + village + "/profile", ctx -> Templates.village(ctx,
                new VillageView(RegencyDto.from(regencies.regency(), base),
                        VillageProfileDto.from(profiles.profile(village), base),
                        base + "api/v1/villages/" + village + "?format=geojson", config.tileUrl().orElse(null),
                        config.tileAttribution().orElse(null))));
    }
}
