package id.banyuwangi.opendata.indicator.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.indicator.Indicator;
import id.banyuwangi.opendata.indicator.IndicatorCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator of the catalogue, as the API publishes it. */
@Schema(name = "Indicator", description = "A development indicator: what it measures and how to read it.")
public record IndicatorDto(
        @Schema(description = "Identifier, as observations name it.", examples = "idm_score") String code,
        @Schema(description = "Name in Indonesian.") String nameId,
        @Schema(description = "Name in English.") String nameEn,
        @Schema(description = "Description in Indonesian.") String descriptionId,
        @Schema(description = "Description in English.") String descriptionEn,
        @Schema(description = "The usual unit.", examples = "index_0_1") String unit,
        @Schema(description = "Every unit observations may use.") List<String> units,
        @Schema(description = "number or category.", enumeration = {"number", "category"}) String valueType,
        @Schema(description = "Allowed categories in order (category indicators only; empty otherwise).")
        List<CategoryDto> categories,
        @Schema(description = "Region levels with observations.") List<String> levels,
        @Schema(description = "For village-level indicators, which village types it covers.") List<String> villageTypes,
        @Schema(description = "How often it is published.", examples = "annual") String frequency,
        @Schema(description = "Method notes in Indonesian.", nullable = true) String methodId,
        @Schema(description = "Method notes in English.", nullable = true) String methodEn,
        @Schema(description = "How village values roll up to kecamatan and regency.",
                enumeration = {"mean", "sum", "count_per_category", "none"}) String rollup,
        @Schema(description = "Smallest allowed value.", nullable = true) BigDecimal minValue,
        @Schema(description = "Largest allowed value.", nullable = true) BigDecimal maxValue,
        @Schema(description = "True for indicators that exist only for demonstrations or benchmarks.")
        boolean synthetic,
        @Schema(description = "Ids of the sources of its observations (GET /api/v1/sources/{id}).")
        List<String> sources,
        @Schema(description = "Id of the dataset that publishes its figures (GET /api/v1/datasets/{id});"
                + " as_of=<version> names one of its versions. Null when no dataset publishes it.", nullable = true,
                examples = "idm") String dataset,
        Links links) {

    /** Example of one indicator in JSON. */
    public static final String EXAMPLE = """
            {"code":"idm_status","name_id":"Status IDM","name_en":"IDM status","description_id":"Klasifikasi desa\
             menurut nilai IDM.","description_en":"Classification of a desa by its IDM score.","unit":"category",\
            "units":["category"],"value_type":"category","categories":[{"code":"mandiri","label_id":"Mandiri",\
            "label_en":"Independent","definition":"IDM > 0.8155"}],"levels":["village"],"village_types":["desa"],\
            "frequency":"annual","method_id":null,"method_en":null,"rollup":"count_per_category","min_value":null,\
            "max_value":null,"synthetic":false,"sources":["KEMENDESA_IDM2024_KRISTONOVA"],"dataset":"idm",\
            "links":{"self":"https://example.org/api/v1/indicators/idm_status",\
            "observations":"https://example.org/api/v1/observations?indicator=idm_status",\
            "summary":"https://example.org/api/v1/indicators/idm_status/summary",\
            "availability":"https://example.org/api/v1/indicators/idm_status/availability"}}""";

    /** One allowed category. */
    @Schema(name = "IndicatorCategory")
    public record CategoryDto(
            @Schema(examples = "mandiri") String code,
            @Schema(examples = "Mandiri") String labelId,
            @Schema(examples = "Independent") String labelEn,
            @Schema(description = "The rule that places an area in it.", nullable = true, examples = "IDM > 0.8155")
            String definition) {

        static CategoryDto from(IndicatorCategory c) {
            return new CategoryDto(c.code, c.labelId, c.labelEn, c.definition);
        }
    }

    /** Links of an indicator. */
    @Schema(name = "IndicatorLinks")
    public record Links(String self, String observations, String summary, String availability) {
    }

    /** A page of indicators (the shape of the JSON list response). */
    @Schema(name = "IndicatorPage")
    public record IndicatorPage(List<IndicatorDto> items, Page.Paging paging) {
    }

    /** The public representation of an indicator; {@code baseUri} ends in a slash. */
    public static IndicatorDto from(Indicator i, String baseUri) {
        String self = baseUri + "api/v1/indicators/" + i.code;
        return new IndicatorDto(i.code, i.nameId, i.nameEn, i.descriptionId, i.descriptionEn, i.units.get(0),
                List.copyOf(i.units), i.valueType.name().toLowerCase(Locale.ROOT),
                i.categories.stream().map(CategoryDto::from).toList(), List.copyOf(i.levels),
                List.copyOf(i.villageTypes), i.frequency, i.methodId, i.methodEn,
                i.rollup.name().toLowerCase(Locale.ROOT), plain(i.minValue), plain(i.maxValue), i.synthetic,
                List.copyOf(i.sourceIds), i.datasetId,
                new Links(self, baseUri + "api/v1/observations?indicator=" + i.code,
                        self + "/summary", self + "/availability"));
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
