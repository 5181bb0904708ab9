package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.region.VillageFilter;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of {@code GET /api/v1/villages}: the village filters plus the kecamatan. */
public class VillageQuery extends VillageListQuery {

    @QueryParam("district_code")
    @Parameter(description = "Only the villages of this kecamatan.", example = "35.10.01")
    public String districtCode;

    /** The typed filter; a malformed value is a 400 naming the parameter. */
    public VillageFilter toFilter() {
        return toFilter(Parameters.parse("district_code", districtCode,
                v -> RegionCode.parse(v, RegionLevel.DISTRICT)));
    }
}
