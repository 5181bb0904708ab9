package id.banyuwangi.opendata.indicator.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.dataset.api.v1.ReleaseDto;
import id.banyuwangi.opendata.indicator.Observation;
import id.banyuwangi.opendata.indicator.ObservationRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One observation, as the API publishes it. */
@Schema(name = "Observation", description = "One value of one indicator for one area and period, from one source.")
public record ObservationDto(
        @Schema(description = "Stable identifier.", examples = "1") long id,
        @Schema(description = "The indicator.", examples = "idm_score") String indicatorCode,
        @Schema(description = "Kemendagri code of the area.", examples = "35.10.01.2001") String areaCode,
        @Schema(description = "Current name of the area.", examples = "Sarongan") String areaName,
        @Schema(description = "Level of the area.", enumeration = {"regency", "district", "village"})
        String areaLevel,
        @Schema(description = "Year (2024) or month (2024-06); null when the source gives no date.", nullable = true,
                examples = "2024") String period,
        @Schema(description = "The value of a number indicator; null for category indicators.", nullable = true,
                examples = "0.9133") BigDecimal value,
        @Schema(description = "The category of a category indicator; null for number indicators.", nullable = true)
        String category,
        @Schema(description = "Unit of the value.", examples = "index_0_1") String unit,
        @Schema(description = "Id of the source (GET /api/v1/sources/{id}).", examples = "KEMENDESA_IDM2023_KRISTONOVA")
        String source,
        @Schema(description = "How authoritative the source is.",
                enumeration = {"official", "secondary", "press_reported", "synthetic"}) String status,
        @Schema(description = "Remarks of the source or the compiler.", nullable = true) String note,
        @Schema(description = "The dataset release that published this value.") ReleaseDto release,
        Links links) {

    /** Example of one observation in JSON. */
    public static final String EXAMPLE = """
            {"id":1,"indicator_code":"idm_score","area_code":"35.10.01.2001","area_name":"Sarongan",\
            "area_level":"village","period":"2023","value":0.9133,"category":null,"unit":"index_0_1",\
            "source":"KEMENDESA_IDM2023_KRISTONOVA","status":"official","note":null,\
            "release":{"dataset":"idm","version":1,"url":"https://example.org/api/v1/datasets/idm/versions/1"},\
            "links":{"indicator":"https://example.org/api/v1/indicators/idm_score",\
            "source":"https://example.org/api/v1/sources/KEMENDESA_IDM2023_KRISTONOVA"}}""";

    /** Links of an observation. */
    @Schema(name = "ObservationLinks")
    public record Links(String indicator, String source) {
    }

    /** A page of observations (the shape of the JSON list response). */
    @Schema(name = "ObservationPage")
    public record ObservationPage(List<ObservationDto> items, Page.Paging paging) {
    }

    /** The public representation of an observation; {@code baseUri} ends in a slash. */
    public static ObservationDto from(Observation o, String areaName, String baseUri) {
        return from(ObservationRow.of(o), areaName, baseUri);
    }

    /** The public representation of an observation's row; {@code baseUri} ends in a slash. */
    public static ObservationDto from(ObservationRow o, String areaName, String baseUri) {
        return from(o, areaName, ReleaseDto.of(o.datasetId(), o.firstVersion(), baseUri), links(o, baseUri));
    }

    /**
     * The representations of the rows of one download, in their order: a row's release and links are those of the
     * row before whenever they name the same things (as they mostly do in a download of one dataset's rows), made
     * once for each run of rows rather than once per row. Not for use by two threads.
     */
    public static Function<ObservationRow, ObservationDto> ofDownload(Function<String, String> areaNames,
            String baseUri) {
        return new Function<>() {
            private ObservationRow last;
            private ReleaseDto release;
            private Links links;

            @Override
            public ObservationDto apply(ObservationRow o) {
                if (last == null || !last.datasetId().equals(o.datasetId())
                        || last.firstVersion() != o.firstVersion()) {
                    release = ReleaseDto.of(o.datasetId(), o.firstVersion(), baseUri);
                }
                if (last == null || !last.indicatorCode().equals(o.indicatorCode())
                        || !last.sourceId().equals(o.sourceId())) {
                    links = links(o, baseUri);
                }
                last = o;
                return from(o, areaNames.apply(o.areaCode()), release, links);
            }
        };
    }

    private static Links links(ObservationRow o, String baseUri) {
        return new Links(baseUri + "api/v1/indicators/" + o.indicatorCode(),
                baseUri + "api/v1/sources/" + o.sourceId());
    }

    private static ObservationDto from(ObservationRow o, String areaName, ReleaseDto release, Links links) {
        return new ObservationDto(o.id(), o.indicatorCode(), o.areaCode(), areaName, o.areaLevel().apiValue(),
                Observation.UNDATED.equals(o.period()) ? null : o.period(), IndicatorDto.plain(o.value()),
                o.category(), o.unit(), o.sourceId(), o.status().apiValue(), o.note(), release, links);
    }
}
