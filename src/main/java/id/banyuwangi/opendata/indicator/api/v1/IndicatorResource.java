package id.banyuwangi.opendata.indicator.api.v1;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.indicator.AsOf;
import id.banyuwangi.opendata.indicator.IndicatorService;
import id.banyuwangi.opendata.indicator.Period;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/indicators}: the indicator catalogue, roll-ups and data availability. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators")
public class IndicatorResource {

    private static final String CODE = "Code of the indicator.";
    private static final String CODE_EXAMPLE = "idm_status";

    private final IndicatorService indicators;
    private final ApiResponses responses;

    public IndicatorResource(IndicatorService indicators, ApiResponses responses) {
        this.indicators = indicators;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV})
    @Operation(operationId = "listIndicators", summary = "List the indicators",
            description = "The indicator catalogue: names and descriptions in Indonesian and English, unit, value"
                    + " type and categories, levels, frequency, method, roll-up rule and sources. Sortable fields:"
                    + " code, name_en, name_id. JSON by default; CSV with `text/csv` or `format=csv`.")
    @APIResponse(responseCode = "200", description = "One page of indicators.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IndicatorDto.IndicatorPage.class),
                    examples = @ExampleObject(name = "indicators", value = "{\"items\":[" + IndicatorDto.EXAMPLE
                            + "],\"paging\":{\"limit\":1,\"next_cursor\":null,\"next\":null,"
                            + "\"self\":\"https://example.org/api/v1/indicators?limit=1\"}}")),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@BeanParam ListQuery query) {
        return responses.table(query.format,
                () -> indicators.list(query.paging()).map(i -> IndicatorDto.from(i, responses.baseUri())),
                IndicatorDto.class, "indicators.csv");
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicator", summary = "Get one indicator",
            description = "An indicator of the catalogue with its metadata.")
    @APIResponse(responseCode = "200", description = "The indicator.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorDto.class),
            examples = @ExampleObject(name = "indicator", value = IndicatorDto.EXAMPLE)))
    public Response get(@Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code) {
        return responses.get(() -> responses.json(IndicatorDto.from(indicators.get(code), responses.baseUri())));
    }

    @GET
    @Path("/{code}/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicatorSummary", summary = "Roll an indicator up per kecamatan or for the regency",
            description = "The village values of one period rolled up by the indicator's rule: count, mean, min, max"
                    + " and sum for numbers, the number of villages per category for categories. by=district gives"
                    + " every kecamatan (count 0 where there is no data), by=regency one group; the district counts"
                    + " add up to the regency's. Without `period`, the latest period with village data. Where"
                    + " sources disagree on a village, the more authoritative source counts. An indicator whose"
                    + " roll-up rule is none is a 400.")
    @APIResponse(responseCode = "200", description = "The summary.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSummaryDto.class),
            examples = @ExampleObject(name = "summary", value = IndicatorSummaryDto.EXAMPLE)))
    public Response summary(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @Parameter(description = "Grouping: district (default) or regency.", example = "district", schema =
                    @Schema(type = SchemaType.STRING, enumeration = {"district", "regency"}, defaultValue = "district"))
            @QueryParam("by") String by,
            @Parameter(description = "A year (2024) or month (2024-06); default the latest with village data.",
                    example = "2024")
            @QueryParam("period") String period,
            @Parameter(description = "Answer from an earlier release: a version number of the dataset that publishes"
                    + " the indicator, or a date (2025-01-31, its end in WIB) or date and time with offset. Default:"
                    + " its latest release.", example = "2")
            @QueryParam("as_of") String asOf) {
        IndicatorService.Grouping grouping = by == null ? IndicatorService.Grouping.DISTRICT
                : Parameters.parse("by", by, IndicatorResource::grouping);
        Period summarised = Parameters.parse("period", period, Period::parse);
        AsOf release = Parameters.parse("as_of", asOf, AsOf::parse);
        return responses.get(() -> responses.json(IndicatorSummaryDto.from(
                indicators.summary(code, grouping, summarised, release), responses.baseUri())));
    }

    @GET
    @Path("/{code}/availability")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getIndicatorAvailability", summary = "Which periods and levels have data",
            description = "Observation counts per period and level, so that a dashboard can build its period and"
                    + " level pickers without trial queries.")
    @APIResponse(responseCode = "200", description = "The availability.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorAvailabilityDto.class),
            examples = @ExampleObject(name = "availability", value = IndicatorAvailabilityDto.EXAMPLE)))
    public Response availability(
            @Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code) {
        return responses.get(() -> responses.json(IndicatorAvailabilityDto.from(indicators.availability(code))));
    }

    private static IndicatorService.Grouping grouping(String by) {
        if (!by.equals("district") && !by.equals("regency")) {
            throw new IllegalArgumentException("must be district or regency");
        }
        return IndicatorService.Grouping.valueOf(by.toUpperCase(Locale.ROOT));
    }
}
