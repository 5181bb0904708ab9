package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.region.Village;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A desa or kelurahan, as the API publishes it. */
@Schema(name = "Village", description = "A desa or kelurahan.")
public record VillageDto(
        @Schema(description = "Kemendagri code; the digit after the third dot is 1 for a kelurahan, 2 for a desa.",
                examples = "35.10.03.2002") String code,
        @Schema(description = "Name under Kepmendagri 300.2.2-2430/2025.", examples = "Sumberasri") String name,
        @Schema(description = "desa or kelurahan.", enumeration = {"desa", "kelurahan"}) String type,
        @Schema(description = "Code of the kecamatan.", examples = "35.10.03") String districtCode,
        @Schema(description = "Name of the kecamatan.", examples = "Purwoharjo") String districtName,
        @Schema(description = "Latitude (WGS 84) of the centroid of the boundary polygon.", nullable = true,
                examples = "-8.577935") Double lat,
        @Schema(description = "Longitude (WGS 84) of the centroid of the boundary polygon.", nullable = true,
                examples = "114.27152") Double lon,
        @Schema(description = "Postal code.", nullable = true, examples = "68483") String postalCode,
        @Schema(description = "BPS code (Master File Desa 2018); null for the 14 villages not in that file.",
                nullable = true, examples = "3510030002") String bpsCode,
        @Schema(description = "Official area in km²; null where no official figure is published (all villages"
                + " at present).", nullable = true) BigDecimal areaKm2,
        @Schema(description = "Area in km² COMPUTED from the simplified boundary polygon (geodesic area on WGS 84);"
                + " not an official figure.", nullable = true, examples = "21.211") BigDecimal polygonAreaKm2,
        @Schema(description = "Names the village carried under earlier decrees.") List<FormerNameDto> formerNames,
        Links links) {

    /** Example of one village in JSON, as served. */
    public static final String EXAMPLE = """
            {"code":"35.10.03.2002","name":"Sumberasri","type":"desa","district_code":"35.10.03",\
            "district_name":"Purwoharjo","lat":-8.577935,"lon":114.27152,"postal_code":"68483",\
            "bps_code":"3510030002","area_km2":null,"polygon_area_km2":21.211,\
            "former_names":[{"name":"Sumbersari","decree":"Kepmendagri 050-145/2022"}],\
            "links":{"self":"https://example.org/api/v1/villages/35.10.03.2002",\
            "district":"https://example.org/api/v1/districts/35.10.03"}}""";

    /** Example of a page of villages in JSON, as served. */
    public static final String PAGE_EXAMPLE = "{\"items\":[" + EXAMPLE + "],\"paging\":{\"limit\":1,"
            + "\"next_cursor\":null,\"next\":null,"
            + "\"self\":\"https://example.org/api/v1/districts/35.10.03/villages?q=sumbersari&limit=1\"}}";

    /** Links of a village. */
    @Schema(name = "VillageLinks")
    public record Links(
            @Schema(description = "This village.") String self,
            @Schema(description = "Its kecamatan.") String district) {
    }

    /** A page of villages (the shape of the JSON list response). */
    @Schema(name = "VillagePage")
    public record VillagePage(List<VillageDto> items, Page.Paging paging) {
    }

    /** The public representation of a village; {@code baseUri} ends in a slash. */
    public static VillageDto from(Village v, String baseUri) {
        return new VillageDto(v.code, v.name, v.type.apiValue(), v.district.code, v.district.name, v.lat, v.lon,
                v.postalCode, v.bpsCode, v.areaKm2, v.polygonAreaKm2,
                v.formerNames.stream().map(FormerNameDto::from).toList(),
                new Links(baseUri + "api/v1/villages/" + v.code, baseUri + "api/v1/districts/" + v.district.code));
    }
}
