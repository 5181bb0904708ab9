package id.banyuwangi.opendata.indicator.api.v1;

import id.banyuwangi.opendata.indicator.IndicatorAvailability;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which periods and levels have observations of an indicator. */
@Schema(name = "IndicatorAvailability")
public record IndicatorAvailabilityDto(
        @Schema(examples = "idm_score") String indicatorCode,
        @Schema(description = "The most recent dated period, null when there is none.", nullable = true,
                examples = "2024") String latestPeriod,
        @Schema(description = "Observation counts per period and level, in period order; undated last.")
        List<PeriodDto> periods) {

    /** Example of availability in JSON. */
    public static final String EXAMPLE = """
            {"indicator_code":"idm_score","latest_period":"2024","periods":[{"period":"2021","level":"village",\
            "observations":2},{"period":"2023","level":"village","observations":189},{"period":"2024",\
            "level":"village","observations":189}]}""";

    /** Observations of one period at one level. */
    @Schema(name = "IndicatorAvailabilityPeriod")
    public record PeriodDto(
            @Schema(nullable = true, examples = "2024") String period,
            @Schema(enumeration = {"regency", "district", "village"}) String level,
            @Schema(examples = "189") long observations) {
    }

    public static IndicatorAvailabilityDto from(IndicatorAvailability a) {
        List<PeriodDto> periods = a.periods().stream()
                .map(p -> new PeriodDto(p.period(), p.level(), p.observations())).toList();
        String latest = periods.stream().map(PeriodDto::period).filter(p -> p != null)
                .max(String::compareTo).orElse(null);
        return new IndicatorAvailabilityDto(a.indicator().code, latest, periods);
    }
}
