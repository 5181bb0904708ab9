package id.banyuwangi.opendata.publicservice.api.v1;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.indicator.Period;
import id.banyuwangi.opendata.publicservice.DeliveryFilter;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionLevel;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the service-delivery statistics: paging plus village, kecamatan and month range. */
public class DeliveryQuery extends ListQuery {

    @QueryParam("village_code")
    @Parameter(description = "Only this desa or kelurahan.", example = "35.10.01.2001")
    public String villageCode;

    @QueryParam("district_code")
    @Parameter(description = "Only the villages of this kecamatan.", example = "35.10.01")
    public String districtCode;

    @QueryParam("period_from")
    @Parameter(description = "From this month (2024-01) or the start of this year (2024).", example = "2024-01")
    public String periodFrom;

    @QueryParam("period_to")
    @Parameter(description = "Up to this month (2024-06) or the end of this year (2024).", example = "2024-12")
    public String periodTo;

    /** The typed filter; a malformed value is a 400 naming the parameter. */
    public DeliveryFilter toFilter() {
        Period from = Parameters.parse("period_from", periodFrom, Period::parse);
        Period to = Parameters.parse("period_to", periodTo, Period::parse);
        return new DeliveryFilter(
                Parameters.parse("village_code", villageCode, c -> RegionCode.parse(c, RegionLevel.VILLAGE).toString()),
                Parameters.parse("district_code", districtCode,
                        c -> RegionCode.parse(c, RegionLevel.DISTRICT).toString()),
                from == null ? null : from.isYear() ? from + "-01" : from.toString(),
                to == null ? null : to.isYear() ? to + "-12" : to.toString());
    }
}
