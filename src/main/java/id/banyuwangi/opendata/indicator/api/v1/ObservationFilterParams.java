package id.banyuwangi.opendata.indicator.api.v1;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.indicator.AsOf;
import id.banyuwangi.opendata.indicator.ObservationFilter;
import id.banyuwangi.opendata.indicator.Period;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.source.SourceStatus;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter parameters of the observation list and download. */
public class ObservationFilterParams {

    private static final int MAX_CODES = 300;

    @QueryParam("indicator")
    @Parameter(description = "Indicator code(s): repeat the parameter or separate with commas, e.g. `idm_score`.")
    public List<String> indicator;

    @QueryParam("area_code")
    @Parameter(description = "Kemendagri area code(s) (regency, kecamatan or village): repeat or separate with commas.",
            example = "35.10.01.2001")
    public List<String> areaCode;

    @QueryParam("district_code")
    @Parameter(description = "All villages of this kecamatan.", example = "35.10.01")
    public String districtCode;

    @QueryParam("level")
    @Parameter(description = "Only areas of this level: regency, district or village.", example = "village",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"regency", "district", "village"}))
    public String level;

    @QueryParam("period")
    @Parameter(description = "Exactly this period: a year (2024) or a month (2024-06).", example = "2024")
    public String period;

    @QueryParam("period_from")
    @Parameter(description = "Periods starting on or after the start of this one.", example = "2023")
    public String periodFrom;

    @QueryParam("period_to")
    @Parameter(description = "Periods ending on or before the end of this one.", example = "2024")
    public String periodTo;

    @QueryParam("latest")
    @Parameter(description = "true: only the most recent dated observation of each indicator and area within the"
            + " other filters.", example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String latest;

    @QueryParam("status")
    @Parameter(description = "Only observations whose source has this status: official, secondary, press_reported"
            + " or synthetic.", example = "official", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"official", "secondary", "press_reported", "synthetic"}))
    public String status;

    @QueryParam("bbox")
    @Parameter(description = "Only observations of kecamatan and villages whose boundary meets this box:"
            + " minLon,minLat,maxLon,maxLat in WGS 84 degrees (regency-level observations have no boundary here).",
            example = "114.27,-8.58,114.28,-8.57")
    public String bbox;

    @QueryParam("as_of")
    @Parameter(description = "Answer from an earlier release: a version number of the dataset that publishes the"
            + " indicator(s) (`indicator` must name indicators of one dataset), or a date (`2025-01-31`, its end in"
            + " WIB) or date and time with offset, for which each dataset answers with its latest version published"
            + " by then. Default: the latest release of each dataset.", example = "2")
    public String asOf;

    /** The release asked for, or null for the latest; malformed, a 400. */
    public AsOf asOf() {
        return Parameters.parse("as_of", asOf, AsOf::parse);
    }

    /** The typed filter; a malformed value is a 400 naming the parameter. */
    public ObservationFilter toFilter() {
        List<String> areas = new ArrayList<>();
        for (String code : codes("area_code", areaCode)) {
            areas.add(Parameters.parse("area_code", code, c -> RegionCode.parse(c).toString()));
        }
        return new ObservationFilter(codes("indicator", indicator), areas,
                Parameters.parse("district_code", districtCode,
                        c -> RegionCode.parse(c, RegionLevel.DISTRICT).toString()),
                Parameters.parse("level", level, RegionLevel::parse),
                Parameters.parse("period", period, Period::parse),
                Parameters.parse("period_from", periodFrom, Period::parse),
                Parameters.parse("period_to", periodTo, Period::parse),
                Parameters.flag("latest", latest),
                Parameters.parse("status", status, SourceStatus::parse),
                Parameters.parse("bbox", bbox, BoundingBox::parse), null, null);
    }

    private static List<String> codes(String parameter, List<String> values) {
        List<String> codes = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                for (String code : value.split(",")) {
                    if (code.isBlank()) {
                        throw ApiException.invalidParameter(parameter, "has an empty code");
                    }
                    codes.add(code.trim());
                }
            }
        }
        if (codes.size() > MAX_CODES) {
            throw ApiException.invalidParameter(parameter,
                    "lists more than " + MAX_CODES + " codes");
        }
        return codes;
    }
}
