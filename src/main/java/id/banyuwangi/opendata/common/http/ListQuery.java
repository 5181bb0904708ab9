package id.banyuwangi.opendata.common.http;

import id.banyuwangi.opendata.common.paging.PageParameters;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every list operation takes: paging, sort and format. */
public class ListQuery {

    @QueryParam("limit")
    @Parameter(description = "Number of items per page, 1 to 1000 (default 100).", example = "100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100"))
    public String limit;

    @QueryParam("cursor")
    @Parameter(description = "Opaque cursor from `paging.next_cursor` of the previous page; omit for the first page.")
    public String cursor;

    @QueryParam("sort")
    @Parameter(description = "Field to sort by, ascending; prefix with `-` for descending. The operation's"
            + " description lists the sortable fields; ties are broken by `code`.", example = "name")
    public String sort;

    @QueryParam("format")
    @Parameter(description = "Representation, overriding the Accept header: one of the formats the operation"
            + " offers (`json`, `csv`, and `geojson` or `ndjson` where documented).", example = "json")
    public String format;

    @QueryParam(CsvDialect.PARAMETER)
    @Parameter(description = CsvDialect.DESCRIPTION, example = "id",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "id"}))
    public String spreadsheet;

    /** The paging parameters as given. */
    public PageParameters paging() {
        return new PageParameters(limit, cursor, sort);
    }
}
