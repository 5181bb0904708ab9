package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.geo.Feature;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.geo.FeatureCollection;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ItemQuery;
import id.banyuwangi.opendata.region.DistrictService;
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

/** {@code /api/v1/districts}: kecamatan and their villages. */
@Path("/api/v1/districts")
@Tag(name = "Regions")
public class DistrictResource {

    private static final String CODE_DESCRIPTION = "Kemendagri code of the kecamatan.";
    private static final String CODE_EXAMPLE = "35.10.01";

    private final DistrictService districts;
    private final VillageService villages;
    private final RegionResponses responses;

    public DistrictResource(DistrictService districts, VillageService villages, RegionResponses responses) {
        this.districts = districts;
        this.villages = villages;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV, Format.GEO_JSON})
    @Operation(operationId = "listDistricts", summary = "List kecamatan",
            description = "The 25 kecamatan with their village counts and postal codes, cursor-paged. Sortable"
                    + " fields: code, name, polygon_area_km2. JSON by default; CSV (`text/csv` or `format=csv`) and"
                    + " GeoJSON with the boundary polygons (`application/geo+json` or `format=geojson`).")
    @APIResponse(responseCode = "200", description = "One page of kecamatan.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DistrictDto.DistrictPage.class),
                    examples = @ExampleObject(name = "districts", value = "{\"items\":[" + DistrictDto.EXAMPLE
                            + "],\"paging\":{\"limit\":1,\"next_cursor\":\"WyJjb2RlIiwiMzUuMTAuMDEiXQ.AbCdEf\","
                            + "\"next\":\"https://example.org/api/v1/districts?limit=1"
                            + "&cursor=WyJjb2RlIiwiMzUuMTAuMDEiXQ.AbCdEf\","
                            + "\"self\":\"https://example.org/api/v1/districts?limit=1\"}}")),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "districts", value = "code,name,regency_code,lat,lon,"
                            + "postal_codes,bps_code,area_km2,polygon_area_km2,village_count,desa_count,"
                            + "kelurahan_count\r\n35.10.01,Pesanggaran,35.10,-8.519742,113.971926,68488,3510010,,"
                            + "442.085,5,5,0\r\n")),
            @Content(mediaType = Format.GEO_JSON, schema = @Schema(implementation = FeatureCollection.class))})
    public Response list(@BeanParam DistrictListQuery query) {
        Format format = responses.negotiate(query.format, Format.JSON, Format.CSV, Format.GEOJSON);
        BoundingBox box = query.box();
        return responses.districts(format, () -> districts.list(box, query.paging()));
    }

    @GET
    @Path("/{code}")
    @Produces({MediaType.APPLICATION_JSON, Format.GEO_JSON})
    @Operation(operationId = "getDistrict", summary = "Get one kecamatan",
            description = "A kecamatan by its Kemendagri code; as a GeoJSON Feature with its boundary polygon with"
                    + " `Accept: application/geo+json` or `format=geojson`.")
    @APIResponse(responseCode = "200", description = "The kecamatan.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictDto.class),
                    examples = @ExampleObject(name = "district", value = DistrictDto.EXAMPLE)),
            @Content(mediaType = Format.GEO_JSON, schema = @Schema(implementation = Feature.class))})
    public Response get(
            @Parameter(description = CODE_DESCRIPTION, example = CODE_EXAMPLE) @PathParam("code") String code,
            @BeanParam ItemQuery query) {
        Format format = responses.negotiate(query.format, Format.JSON, Format.GEOJSON);
        RegionCode districtCode = districtCode(code);
        return responses.district(format, () -> districts.get(districtCode));
    }

    @GET
    @Path("/{code}/villages")
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV, Format.GEO_JSON})
    @Operation(operationId = "listDistrictVillages", summary = "List the villages of one kecamatan",
            description = "The desa and kelurahan of a kecamatan, with the same filters, sort fields, paging and"
                    + " formats as `GET /api/v1/villages`.")
    @APIResponse(responseCode = "200", description = "One page of the kecamatan's villages.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VillageDto.VillagePage.class),
                    examples = @ExampleObject(name = "villages", value = VillageDto.PAGE_EXAMPLE)),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "villages", value = VillageResource.CSV_EXAMPLE)),
            @Content(mediaType = Format.GEO_JSON, schema = @Schema(implementation = FeatureCollection.class))})
    public Response villages(
            @Parameter(description = CODE_DESCRIPTION, example = CODE_EXAMPLE) @PathParam("code") String code,
            @BeanParam VillageListQuery query) {
        Format format = responses.negotiate(query.format, Format.JSON, Format.CSV, Format.GEOJSON);
        RegionCode districtCode = districtCode(code);
        VillageFilter filter = query.toFilter(districtCode);
        return responses.villages(format, () -> villages.listInDistrict(filter, query.paging()),
                "villages-" + districtCode + ".csv");
    }

    private static RegionCode districtCode(String code) {
        return Parameters.parse("code", code, c -> RegionCode.parse(c, RegionLevel.DISTRICT));
    }
}
