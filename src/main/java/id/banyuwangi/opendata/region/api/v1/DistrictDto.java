package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.region.District;
import id.banyuwangi.opendata.region.DistrictSummary;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A kecamatan, as the API publishes it. */
@Schema(name = "District", description = "A kecamatan.")
public record DistrictDto(
        @Schema(description = "Kemendagri code.", examples = "35.10.01") String code,
        @Schema(description = "Name under Kepmendagri 300.2.2-2430/2025.", examples = "Pesanggaran") String name,
        @Schema(description = "Code of the regency.", examples = "35.10") String regencyCode,
        @Schema(description = "Latitude (WGS 84) of the kecamatan's centroid as the seed gives it; up to"
                + " 0.003 degree from the centroid of the simplified boundary served here.", nullable = true,
                examples = "-8.519742") Double lat,
        @Schema(description = "Longitude (WGS 84) of the kecamatan's centroid as the seed gives it; up to"
                + " 0.003 degree from the centroid of the simplified boundary served here.", nullable = true,
                examples = "113.971926") Double lon,
        @Schema(description = "Distinct postal codes of its villages.") List<String> postalCodes,
        @Schema(description = "BPS code (Master File Desa 2018).", nullable = true, examples = "3510010")
        String bpsCode,
        @Schema(description = "Official area in km²; null where no official figure is published (all kecamatan"
                + " at present).", nullable = true) BigDecimal areaKm2,
        @Schema(description = "Area in km² COMPUTED from the simplified boundary polygon (geodesic area on WGS 84);"
                + " not an official figure.", nullable = true, examples = "442.085") BigDecimal polygonAreaKm2,
        @Schema(description = "Number of desa and kelurahan.", examples = "5") long villageCount,
        @Schema(description = "Number of desa.", examples = "5") long desaCount,
        @Schema(description = "Number of kelurahan.", examples = "0") long kelurahanCount,
        Links links) {

    /** Example of one kecamatan in JSON, as served. */
    public static final String EXAMPLE = """
            {"code":"35.10.01","name":"Pesanggaran","regency_code":"35.10","lat":-8.519742,"lon":113.971926,\
            "postal_codes":["68488"],"bps_code":"3510010","area_km2":null,"polygon_area_km2":442.085,\
            "village_count":5,"desa_count":5,"kelurahan_count":0,\
            "links":{"self":"https://example.org/api/v1/districts/35.10.01",\
            "villages":"https://example.org/api/v1/districts/35.10.01/villages",\
            "regency":"https://example.org/api/v1/regency"}}""";

    /** Links of a kecamatan. */
    @Schema(name = "DistrictLinks")
    public record Links(
            @Schema(description = "This kecamatan.") String self,
            @Schema(description = "Its villages.") String villages,
            @Schema(description = "Its regency.") String regency) {
    }

    /** A page of kecamatan (the shape of the JSON list response). */
    @Schema(name = "DistrictPage")
    public record DistrictPage(List<DistrictDto> items, Page.Paging paging) {
    }

    /** The public representation of a kecamatan; {@code baseUri} ends in a slash. */
    public static DistrictDto from(DistrictSummary summary, String baseUri) {
        District d = summary.district();
        String self = baseUri + "api/v1/districts/" + d.code;
        return new DistrictDto(d.code, d.name, d.regencyCode, d.lat, d.lon, summary.postalCodes(), d.bpsCode,
                d.areaKm2, d.polygonAreaKm2, summary.desaCount() + summary.kelurahanCount(), summary.desaCount(),
                summary.kelurahanCount(), new Links(self, self + "/villages", baseUri + "api/v1/regency"));
    }
}
