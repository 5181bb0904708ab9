package id.banyuwangi.opendata.indicator.api.v1;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.geo.FeatureCollection;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.CsvDialect;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.indicator.ObservationFilter;
import id.banyuwangi.opendata.indicator.ObservationRow;
import id.banyuwangi.opendata.indicator.IndicatorService;
import id.banyuwangi.opendata.region.BoundaryService;
import id.banyuwangi.opendata.region.RegionDirectory;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/observations}: indicator values per area and period. */
@Path("/api/v1/observations")
@Tag(name = "Indicators")
public class ObservationResource {

    private static final String CSV_EXAMPLE = "id,indicator_code,area_code,area_name,area_level,period,value,"
            + "category,unit,source,status,note,release\r\n1,idm_score,35.10.01.2001,Sarongan,village,2023,0.9133,,"
            + "index_0_1,KEMENDESA_IDM2023_KRISTONOVA,official,,\"{\"\"dataset\"\":\"\"idm\"\",\"\"version\"\":1,"
            + "\"\"url\"\":\"\"https://example.org/api/v1/datasets/idm/versions/1\"\"}\"\r\n";

    private final IndicatorService indicators;
    private final RegionDirectory regions;
    private final BoundaryService boundaries;
    private final ApiResponses responses;

    public ObservationResource(IndicatorService indicators, RegionDirectory regions, BoundaryService boundaries,
            ApiResponses responses) {
        this.indicators = indicators;
        this.regions = regions;
        this.boundaries = boundaries;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV, Format.X_NDJSON, Format.GEO_JSON})
    @Operation(operationId = "listObservations", summary = "List observations",
            description = "Indicator values per area and period, filtered and cursor-paged. Sortable fields: id"
                    + " (default), indicator_code, area_code, period. JSON by default; CSV (`text/csv`), NDJSON"
                    + " (`application/x-ndjson`, one observation per line) and, for exactly one `indicator` and one"
                    + " `period`, GeoJSON (`application/geo+json`): every observation as a feature with its area's"
                    + " boundary, ready for a choropleth (regency-level observations have a null geometry).")
    @APIResponse(responseCode = "200", description = "One page of observations.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ObservationDto.ObservationPage.class),
                    examples = @ExampleObject(name = "observations", value = "{\"items\":[" + ObservationDto.EXAMPLE
                            + "],\"paging\":{\"limit\":1,\"next_cursor\":null,\"next\":null,\"self\":"
                            + "\"https://example.org/api/v1/observations?indicator=idm_score&limit=1\"}}")),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "observations", value = CSV_EXAMPLE)),
            @Content(mediaType = Format.X_NDJSON, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = Format.GEO_JSON, schema = @Schema(implementation = FeatureCollection.class))})
    public Response list(@BeanParam ObservationFilterParams filterParams, @BeanParam ListQuery query) {
        Format format = responses.negotiate(query.format, Format.JSON, Format.CSV, Format.NDJSON, Format.GEOJSON);
        ObservationFilter filter = filterParams.toFilter();
        if (format == Format.GEOJSON && (filter.indicators().size() != 1 || filter.period() == null)) {
            throw ApiException.invalidParameter("format", "geojson needs exactly one indicator and one period"
                    + " (a choropleth shows one value per area)");
        }
        return responses.get(() -> responses.list(format,
                indicators.observations(filter, filterParams.asOf(), query.paging())
                        .map(o -> ObservationDto.from(o, regions.name(o.areaCode), responses.baseUri())),
                ObservationDto.class, "observations.csv",
                items -> boundaries.features(items, ObservationDto::areaCode)));
    }

    @GET
    @Path("/download")
    @Produces({Format.TEXT_CSV, Format.X_NDJSON})
    @Operation(operationId = "downloadObservations", summary = "Download every matching observation",
            description = "All observations matching the filters in one file, streamed as it is read (no paging):"
                    + " CSV by default (same columns as the list), or NDJSON with `format=ndjson` or"
                    + " `Accept: application/x-ndjson`. The weak ETag changes whenever observations change.")
    @APIResponse(responseCode = "200", description = "The observations.", content = {
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "observations", value = CSV_EXAMPLE)),
            @Content(mediaType = Format.X_NDJSON, schema = @Schema(type = SchemaType.STRING))})
    public Response download(@BeanParam ObservationFilterParams filterParams,
            @Parameter(description = "csv (default) or ndjson, overriding the Accept header.", example = "csv")
            @QueryParam("format") String format,
            @Parameter(description = CsvDialect.DESCRIPTION, example = "id",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "id"}))
            @QueryParam(CsvDialect.PARAMETER) String spreadsheet) {
        Format chosen = responses.negotiate(format, Format.CSV, Format.NDJSON);
        ObservationFilter filter = indicators.checked(filterParams.toFilter(), filterParams.asOf());
        String base = responses.baseUri();
        return responses.download(chosen, "observations." + chosen.parameterValue(), ObservationDto.class,
                indicators.observationsFingerprint() + "/" + regions.fingerprint(), rows -> {
                    Function<ObservationRow, ObservationDto> dto = ObservationDto.ofDownload(regions.names(), base);
                    indicators.download(filter, o -> rows.accept(dto.apply(o)));
                });
    }
}
