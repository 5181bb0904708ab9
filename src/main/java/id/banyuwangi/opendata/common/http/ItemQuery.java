package id.banyuwangi.opendata.common.http;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every single-item operation takes: the format. */
public class ItemQuery {

    @QueryParam("format")
    @Parameter(description = "Representation, overriding the Accept header: `json` or `geojson`.", example = "json")
    public String format;
}
