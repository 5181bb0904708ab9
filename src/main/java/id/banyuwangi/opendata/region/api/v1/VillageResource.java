package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.geo.Feature;
import id.banyuwangi.opendata.common.geo.FeatureCollection;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ItemQuery;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.region.VillageFilter;
import id.banyuwangi.opendata.region.VillageService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/villages}: desa and kelurahan. */
@Path("/api/v1/villages")
@Tag(name = "Regions")
public class VillageResource {

    /** Example of the CSV representation of a village list. */
    static final String CSV_EXAMPLE = "code,name,type,district_code,district_name,lat,lon,postal_code,bps_code,"
            + "area_km2,polygon_area_km2,former_names\r\n35.10.03.2002,Sumberasri,desa,35.10.03,Purwoharjo,"
            + "-8.577935,114.27152,68483,3510030002,,21.211,"
            + "\"[{\"\"name\"\":\"\"Sumbersari\"\",\"\"decree\"\":\"\"Kepmendagri 050-145/2022\"\"}]\"\r\n";

    private final VillageService villages;
    private final RegionResponses responses;

    public VillageResource(VillageService villages, RegionResponses responses) {
        this.villages = villages;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV, Format.GEO_JSON})
    @Operation(operationId = "listVillages", summary = "List desa and kelurahan",
            description = "The 217 desa and kelurahan, filtered and cursor-paged. Sortable fields: code, name,"
                    + " district_code, postal_code, polygon_area_km2, lat, lon. JSON by default; `text/csv` (or"
                    + " `format=csv`) gives the page as CSV with the same column names as the JSON keys (links"
                    + " omitted, former_names as JSON text); `application/geo+json` (or `format=geojson`) a"
                    + " FeatureCollection with the boundary polygons.")
    @APIResponse(responseCode = "200", description = "One page of villages.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VillageDto.VillagePage.class),
                    examples = @ExampleObject(name = "villages", value = VillageDto.PAGE_EXAMPLE)),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "villages", value = CSV_EXAMPLE)),
            @Content(mediaType = Format.GEO_JSON, schema = @Schema(implementation = FeatureCollection.class))})
    public Response list(@BeanParam VillageQuery query) {
        Format format = responses.negotiate(query.format, Format.JSON, Format.CSV, Format.GEOJSON);
        VillageFilter filter = query.toFilter();
        return responses.villages(format, () -> villages.list(filter, query.paging()), "villages.csv");
    }

    @GET
    @Path("/{code}")
    @Produces({MediaType.APPLICATION_JSON, Format.GEO_JSON})
    @Operation(operationId = "getVillage", summary = "Get one desa or kelurahan",
            description = "A village by its Kemendagri code; as a GeoJSON Feature with its boundary polygon with"
                    + " `Accept: application/geo+json` or `format=geojson`.")
    @APIResponse(responseCode = "200", description = "The village.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VillageDto.class),
                    examples = @ExampleObject(name = "village", value = VillageDto.EXAMPLE)),
            @Content(mediaType = Format.GEO_JSON, schema = @Schema(implementation = Feature.class))})
    public Response get(
            @Parameter(description = "Kemendagri code of the desa or kelurahan.", example = "35.10.03.2002")
            @PathParam("code") String code,
            @BeanParam ItemQuery query) {
        Format format = responses.negotiate(query.format, Format.JSON, Format.GEOJSON);
        RegionCode villageCode = Parameters.parse("code", code, c -> RegionCode.parse(c, RegionLevel.VILLAGE));
        return responses.village(format, () -> villages.get(villageCode));
    }
}
