package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.http.ListQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters of the kecamatan list: paging plus the box their boundaries must meet. */
public class DistrictListQuery extends ListQuery {

    @QueryParam("bbox")
    @Parameter(description = "Only kecamatan whose boundary meets this box: minLon,minLat,maxLon,maxLat in WGS 84"
            + " degrees (as OGC API - Features writes it).", example = "114.27,-8.58,114.28,-8.57")
    public String bbox;

    /** The box, or null when none is given; a malformed one is a 400 naming the parameter. */
    public BoundingBox box() {
        return Parameters.parse("bbox", bbox, BoundingBox::parse);
    }
}
