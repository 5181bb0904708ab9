package id.banyuwangi.opendata.indicator.api.v1;

import id.banyuwangi.opendata.dataset.api.v1.ReleaseDto;
import id.banyuwangi.opendata.indicator.IndicatorSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator rolled up per kecamatan or for the regency. */
@Schema(name = "IndicatorSummary")
public record IndicatorSummaryDto(
        @Schema(examples = "idm_status") String indicatorCode,
        @Schema(enumeration = {"district", "regency"}) String by,
        @Schema(description = "The period summarised; null when there is no village data.", nullable = true,
                examples = "2024") String period,
        @Schema(description = "The roll-up rule applied.", enumeration = {"mean", "sum", "count_per_category"})
        String rollup,
        @Schema(description = "One group per kecamatan (all, in code order) or one for the regency.")
        List<GroupDto> groups,
        @Schema(description = "The dataset releases the values counted come from (official and press-reported"
                + " figures may be published by different datasets); empty when there are none.")
        List<ReleaseDto> releases) {

    /** Example of a summary in JSON. */
    public static final String EXAMPLE = """
            {"indicator_code":"idm_status","by":"district","period":"2024","rollup":"count_per_category",\
            "groups":[{"area_code":"35.10.01","area_name":"Pesanggaran","count":5,"value":null,"mean":null,\
            "min":null,"max":null,"sum":null,"categories":{"sangat_tertinggal":0,"tertinggal":0,"berkembang":0,\
            "maju":0,"mandiri":5}}],"releases":[{"dataset":"idm","version":2,\
            "url":"https://example.org/api/v1/datasets/idm/versions/2"}]}""";

    /** The roll-up of one area. */
    @Schema(name = "IndicatorSummaryGroup")
    public record GroupDto(
            @Schema(examples = "35.10.01") String areaCode,
            @Schema(examples = "Pesanggaran") String areaName,
            @Schema(description = "Villages with a value.", examples = "5") long count,
            @Schema(description = "The figure of the roll-up rule (mean or sum); null for categories.", nullable = true)
            BigDecimal value,
            @Schema(nullable = true) BigDecimal mean,
            @Schema(nullable = true) BigDecimal min,
            @Schema(nullable = true) BigDecimal max,
            @Schema(nullable = true) BigDecimal sum,
            @Schema(description = "Villages per category, every category in order; null for numbers.", nullable = true)
            Map<String, Long> categories) {
    }

    /** The public representation of a summary; {@code baseUri} ends in a slash. */
    public static IndicatorSummaryDto from(IndicatorSummary s, String baseUri) {
        return new IndicatorSummaryDto(s.indicator().code, s.by(), s.period(),
                s.indicator().rollup.name().toLowerCase(Locale.ROOT),
                s.groups().stream().map(g -> new GroupDto(g.areaCode(), g.areaName(), g.count(), g.value(), g.mean(),
                        g.min(), g.max(), g.sum(), g.categories())).toList(),
                s.releases().stream().map(r -> ReleaseDto.from(r, baseUri)).toList());
    }
}
