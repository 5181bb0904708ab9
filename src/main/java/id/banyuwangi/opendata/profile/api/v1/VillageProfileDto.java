package id.banyuwangi.opendata.profile.api.v1;

import id.banyuwangi.opendata.indicator.Indicator;
import id.banyuwangi.opendata.indicator.ValueType;
import id.banyuwangi.opendata.indicator.api.v1.ObservationDto;
import id.banyuwangi.opendata.profile.VillageProfile;
import id.banyuwangi.opendata.publicservice.api.v1.ServiceOfferingDto;
import id.banyuwangi.opendata.region.api.v1.VillageDto;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The profile of one village, as the API publishes it. */
@Schema(name = "VillageProfile", description = "Everything published about one desa or kelurahan.")
public record VillageProfileDto(
        @Schema(description = "The village.") VillageDto village,
        @Schema(description = "Each indicator with data for the village: its latest value, the previous one and the"
                + " change.") List<TrendDto> indicators,
        @Schema(description = "Village-level indicators that do not cover this type of village (IDM covers desa"
                + " only, so a kelurahan lists it here).") List<NotCoveredDto> notCovered,
        @Schema(description = "The Smart Kampung services it offers; empty until published.")
        List<ServiceOfferingDto> services) {

    /** Example of a profile in JSON (shortened). */
    public static final String EXAMPLE = """
            {"village":{"code":"35.10.01.2001","name":"Sarongan","type":"desa","district_code":"35.10.01",\
            "district_name":"Pesanggaran","lat":-8.498369,"lon":113.904168,"postal_code":"68488",\
            "bps_code":"3510010001","area_km2":null,"polygon_area_km2":188.233,"former_names":[],\
            "links":{"self":"https://example.org/api/v1/villages/35.10.01.2001",\
            "district":"https://example.org/api/v1/districts/35.10.01"}},\
            "indicators":[{"indicator_code":"idm_score","name_id":"Indeks Desa Membangun (IDM)",\
            "name_en":"Developing Village Index (IDM)","unit":"index_0_1","latest":{"id":946,\
            "indicator_code":"idm_score","area_code":"35.10.01.2001","area_name":"Sarongan","area_level":"village",\
            "period":"2024","value":0.9171,"category":null,"unit":"index_0_1","source":"KEMENDESA_IDM2024_KRISTONOVA",\
            "status":"official","note":null,"release":{"dataset":"idm","version":2,\
            "url":"https://example.org/api/v1/datasets/idm/versions/2"},\
            "links":{"indicator":"https://example.org/api/v1/indicators/idm_score",\
            "source":"https://example.org/api/v1/sources/KEMENDESA_IDM2024_KRISTONOVA"}},"previous":null,\
            "change":null,"category_change":null}],"not_covered":[],"services":[]}""";

    /** One indicator's latest value, the previous one and the change. */
    @Schema(name = "VillageProfileTrend")
    public record TrendDto(
            @Schema(examples = "idm_score") String indicatorCode,
            String nameId,
            String nameEn,
            @Schema(examples = "index_0_1") String unit,
            @Schema(description = "The most recent observation.") ObservationDto latest,
            @Schema(description = "The observation of the period before, null when there is none.", nullable = true)
            ObservationDto previous,
            @Schema(description = "latest minus previous, for numbers; null otherwise.", nullable = true)
            BigDecimal change,
            @Schema(description = "previous and latest category, for categories when both exist; null otherwise.",
                    implementation = CategoryChangeDto.class, nullable = true) CategoryChangeDto categoryChange) {
    }

    /** The categories of two consecutive periods. */
    public record CategoryChangeDto(@Schema(examples = "maju") String from, @Schema(examples = "mandiri") String to) {
    }

    /** An indicator that does not cover the village, and why. */
    @Schema(name = "VillageProfileNotCovered")
    public record NotCoveredDto(@Schema(examples = "idm_score") String indicatorCode, String nameEn,
            @Schema(examples = "covers desa only; this village is a kelurahan") String reason) {
    }

    /** The public representation of a profile; {@code baseUri} ends in a slash. */
    public static VillageProfileDto from(VillageProfile p, String baseUri) {
        String name = p.village().name;
        List<TrendDto> trends = p.trends().stream().map(t -> {
            ObservationDto latest = ObservationDto.from(t.latest(), name, baseUri);
            ObservationDto previous = t.previous() == null ? null : ObservationDto.from(t.previous(), name, baseUri);
            boolean numbers = t.indicator().valueType == ValueType.NUMBER;
            BigDecimal change = numbers && previous != null && latest.value() != null && previous.value() != null
                    ? latest.value().subtract(previous.value()).stripTrailingZeros() : null;
            CategoryChangeDto categoryChange = !numbers && previous != null
                    ? new CategoryChangeDto(previous.category(), latest.category()) : null;
            Indicator i = t.indicator();
            return new TrendDto(i.code, i.nameId, i.nameEn, i.units.get(0), latest, previous, change, categoryChange);
        }).toList();
        List<NotCoveredDto> notCovered = p.notCovered().stream()
                .map(i -> new NotCoveredDto(i.code, i.nameEn, "covers " + String.join(" and ", i.villageTypes)
                        + " only; this village is a " + p.village().type.apiValue()))
                .toList();
        return new VillageProfileDto(VillageDto.from(p.village(), baseUri), trends, notCovered,
                p.services().stream().map(o -> ServiceOfferingDto.from(o, name, baseUri)).toList());
    }
}
