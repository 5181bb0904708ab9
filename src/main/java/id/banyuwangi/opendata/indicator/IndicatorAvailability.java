package id.banyuwangi.opendata.indicator;

import java.util.List;

/**
 * Which periods and levels have observations of an indicator.
 *
 * @param indicator the indicator
 * @param periods   one entry per period and level, in period order; undated observations last
 */
public record IndicatorAvailability(Indicator indicator, List<PeriodCount> periods) {

    /**
     * Observations of one period at one level.
     *
     * @param period       {@code YYYY} or {@code YYYY-MM}, null for undated observations
     * @param level        regency, district or village
     * @param observations how many
     */
    public record PeriodCount(String period, String level, long observations) {
    }
}
