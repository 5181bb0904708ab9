package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.geo.Position;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.Village;
import id.banyuwangi.opendata.region.VillageFilter;
import id.banyuwangi.opendata.region.VillageType;
import jakarta.ws.rs.QueryParam;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of a village list: paging plus the village filters. */
public class VillageListQuery extends ListQuery {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern BPS_CODE = Pattern.compile("\\d{10}");
    private static final int MAX_QUERY_LENGTH = 100;

    @QueryParam("type")
    @Parameter(description = "Only desa or only kelurahan.", example = "kelurahan",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"desa", "kelurahan"}))
    public String type;

    @QueryParam("postal_code")
    @Parameter(description = "Five-digit postal code.", example = "68483")
    public String postalCode;

    @QueryParam("bps_code")
    @Parameter(description = "Ten-digit BPS village code (Master File Desa 2018).", example = "3510030002")
    public String bpsCode;

    @QueryParam("q")
    @Parameter(description = "Name search, ignoring case, spaces and punctuation; also matches former names"
            + " (`Sumbersari` finds Sumberasri, formerly Sumbersari).", example = "sumbersari")
    public String q;

    @QueryParam("bbox")
    @Parameter(description = "Only villages whose boundary meets this box: minLon,minLat,maxLon,maxLat in WGS 84"
            + " degrees (as OGC API - Features writes it).", example = "114.27,-8.58,114.28,-8.57")
    public String bbox;

    @QueryParam("contains")
    @Parameter(description = "Only the village whose boundary holds this point, lat,lon in WGS 84 degrees: which"
            + " desa or kelurahan is this place in? (On a shared edge, both neighbours.)", example = "-8.577935,114.27152")
    public String contains;

    /** The typed filter; a malformed value is a 400 naming the parameter. */
    public VillageFilter toFilter(RegionCode districtCode) {
        return new VillageFilter(districtCode,
                Parameters.parse("type", type, VillageType::parse),
                Parameters.parse("postal_code", postalCode, v -> matching(v, POSTAL_CODE, "must be five digits")),
                Parameters.parse("bps_code", bpsCode, v -> matching(v, BPS_CODE, "must be ten digits")),
                Parameters.parse("q", q, VillageListQuery::searchKey),
                Parameters.parse("bbox", bbox, BoundingBox::parse),
                Parameters.parse("contains", contains, Position::parse));
    }

    private static String matching(String value, Pattern pattern, String problem) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }

    private static String searchKey(String value) {
        String key = Village.searchKey(value);
        if (key.isEmpty() || value.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("must hold a letter or digit and at most " + MAX_QUERY_LENGTH
                    + " characters");
        }
        return key;
    }
}
