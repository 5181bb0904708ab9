package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.region.Regency;
import id.banyuwangi.opendata.region.RegencySummary;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The regency, as the API publishes it. */
@Schema(name = "Regency", description = "The kabupaten this service publishes, with its counts.")
public record RegencyDto(
        @Schema(description = "Kemendagri code.", examples = "35.10") String code,
        @Schema(description = "Name.", examples = "Kabupaten Banyuwangi") String name,
        @Schema(description = "Kemendagri code of the province.", examples = "35") String provinceCode,
        @Schema(description = "Name of the province.", examples = "Jawa Timur") String provinceName,
        @Schema(description = "Latitude (WGS 84) of the centroid.", nullable = true, examples = "-8.36466") Double lat,
        @Schema(description = "Longitude (WGS 84) of the centroid.", nullable = true, examples = "114.205897")
        Double lon,
        @Schema(description = "Official area in km² (Kepmendagri 300.2.2-2430/2025).", nullable = true,
                examples = "3593.849") BigDecimal areaKm2,
        @Schema(description = "Area in km² COMPUTED from the simplified boundary polygon; not official.",
                nullable = true, examples = "3603.074") BigDecimal polygonAreaKm2,
        @Schema(description = "BPS code (Master File Desa 2018).", nullable = true, examples = "3510") String bpsCode,
        @Schema(description = "Number of kecamatan.", examples = "25") long districtCount,
        @Schema(description = "Number of desa and kelurahan.", examples = "217") long villageCount,
        @Schema(description = "Number of desa.", examples = "189") long desaCount,
        @Schema(description = "Number of kelurahan.", examples = "28") long kelurahanCount,
        Links links) {

    /** Example of the regency in JSON, as served. */
    public static final String EXAMPLE = """
            {"code":"35.10","name":"Kabupaten Banyuwangi","province_code":"35","province_name":"Jawa Timur",\
            "lat":-8.36466,"lon":114.205897,"area_km2":3593.849,"polygon_area_km2":3603.074,"bps_code":"3510",\
            "district_count":25,"village_count":217,"desa_count":189,"kelurahan_count":28,\
            "links":{"self":"https://example.org/api/v1/regency","districts":"https://example.org/api/v1/districts",\
            "villages":"https://example.org/api/v1/villages"}}""";

    /** Links of the regency. */
    @Schema(name = "RegencyLinks")
    public record Links(
            @Schema(description = "The regency.") String self,
            @Schema(description = "Its kecamatan.") String districts,
            @Schema(description = "Its desa and kelurahan.") String villages) {
    }

    /** The public representation of the regency; {@code baseUri} ends in a slash. */
    public static RegencyDto from(RegencySummary summary, String baseUri) {
        Regency r = summary.regency();
        String api = baseUri + "api/v1/";
        return new RegencyDto(r.code, r.name, r.provinceCode, r.provinceName, r.lat, r.lon, r.areaKm2,
                r.polygonAreaKm2, r.bpsCode, summary.districtCount(), summary.desaCount() + summary.kelurahanCount(),
                summary.desaCount(), summary.kelurahanCount(),
                new Links(api + "regency", api + "districts", api + "villages"));
    }
}
