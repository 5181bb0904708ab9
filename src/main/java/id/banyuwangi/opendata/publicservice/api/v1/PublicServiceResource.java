package id.banyuwangi.opendata.publicservice.api.v1;

import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.publicservice.DeliveryFilter;
import id.banyuwangi.opendata.publicservice.PublicServiceService;
import id.banyuwangi.opendata.publicservice.PublicServiceService.StatisticsStatus;
import id.banyuwangi.opendata.region.RegionDirectory;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/services}: the Smart Kampung service catalogue, who offers what, and delivery statistics. */
@Path("/api/v1/services")
@Tag(name = "Public services")
public class PublicServiceResource {

    private static final String CODE = "Code of the service.";
    private static final String CODE_EXAMPLE = "akta_kelahiran";

    private final PublicServiceService services;
    private final RegionDirectory regions;
    private final ApiResponses responses;

    public PublicServiceResource(PublicServiceService services, RegionDirectory regions, ApiResponses responses) {
        this.services = services;
        this.regions = regions;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV})
    @Operation(operationId = "listServices", summary = "List the Smart Kampung services",
            description = "The services the sources name, with component, channels and source, and whether delivery"
                    + " statistics exist (none, published or synthetic). Sortable fields: code, name_en, name_id."
                    + " JSON by default; CSV with `text/csv` or `format=csv`.")
    @APIResponse(responseCode = "200", description = "One page of services.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicServiceDto.PublicServicePage.class),
                    examples = @ExampleObject(name = "services", value = "{\"items\":[" + PublicServiceDto.EXAMPLE
                            + "],\"paging\":{\"limit\":1,\"next_cursor\":null,\"next\":null,"
                            + "\"self\":\"https://example.org/api/v1/services?limit=1\"}}")),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@BeanParam ListQuery query,
            @Parameter(description = "Only the services of this component.", example = "public_service")
            @QueryParam("component") String component) {
        return responses.table(query.format, () -> {
            Map<String, StatisticsStatus> statistics = services.statisticsStatus();
            return services.list(component, query.paging()).map(s -> PublicServiceDto.from(s,
                    statistics.getOrDefault(s.code, StatisticsStatus.NONE), responses.baseUri()));
        }, PublicServiceDto.class, "services.csv");
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getService", summary = "Get one Smart Kampung service",
            description = "A service of the catalogue, with whether its delivery statistics are published, synthetic"
                    + " or absent.")
    @APIResponse(responseCode = "200", description = "The service.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublicServiceDto.class),
            examples = @ExampleObject(name = "service", value = PublicServiceDto.EXAMPLE)))
    public Response get(@Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code) {
        return responses.get(() -> responses.json(PublicServiceDto.from(services.get(code),
                services.statisticsStatus().getOrDefault(code, StatisticsStatus.NONE), responses.baseUri())));
    }

    @GET
    @Path("/{code}/villages")
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV})
    @Operation(operationId = "listServiceVillages", summary = "List the villages offering a service",
            description = "Which desa and kelurahan offer the service, since when, through which channel, with"
                    + " which status and per which source: a view of the latest release of the dataset"
                    + " smart-kampung-offerings, empty until a regency office publishes one (no source lists this"
                    + " per village yet, and none is invented). Sortable field: village_code.")
    @APIResponse(responseCode = "200", description = "One page of offerings.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceOfferingDto.ServiceOfferingPage.class),
                    examples = @ExampleObject(name = "empty", value = ServiceOfferingDto.EMPTY_EXAMPLE)),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response villages(@Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @BeanParam ListQuery query) {
        return responses.table(query.format, () -> services.villages(code, query.paging())
                        .map(o -> ServiceOfferingDto.from(o, regions.name(o.key.villageCode()), responses.baseUri())),
                ServiceOfferingDto.class, "service-villages-" + code + ".csv");
    }

    @GET
    @Path("/{code}/statistics")
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV})
    @Operation(operationId = "listServiceStatistics", summary = "List a service's delivery statistics",
            description = "Requests received and completed per village and month, with the median days to complete:"
                    + " a view of the latest release of the dataset smart-kampung-delivery-statistics, empty until a"
                    + " regency office publishes real figures; when the demonstration switch is on, the synthetic"
                    + " dataset's rows appear too, with `synthetic: true`. Sortable fields: id, period, village_code.")
    @APIResponse(responseCode = "200", description = "One page of statistics.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ServiceDeliveryDto.ServiceDeliveryPage.class),
                    examples = @ExampleObject(name = "empty", value = ServiceDeliveryDto.EMPTY_EXAMPLE)),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response statistics(@Parameter(description = CODE, example = CODE_EXAMPLE) @PathParam("code") String code,
            @BeanParam DeliveryQuery query) {
        DeliveryFilter filter = query.toFilter();
        return responses.table(query.format, () -> services.statistics(code, filter, query.paging())
                        .map(d -> ServiceDeliveryDto.from(d, regions.name(d.villageCode), responses.baseUri())),
                ServiceDeliveryDto.class, "service-statistics-" + code + ".csv");
    }
}
