package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.dataset.release.ReleaseRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An indicator's village values for one period rolled up per kecamatan or for the regency.
 *
 * @param indicator the indicator
 * @param by        {@code district} or {@code regency}
 * @param period    the period summarised, null when the indicator has no village data yet
 * @param groups    one group per kecamatan (all of them, in code order) or one for the regency
 * @param releases  the releases the values counted come from, by dataset (empty when there are none)
 */
public record IndicatorSummary(Indicator indicator, String by, String period, List<Group> groups,
        List<ReleaseRef> releases) {

    /**
     * The roll-up of one area.
     *
     * @param areaCode   the kecamatan or regency
     * @param areaName   its name
     * @param count      number of villages with a value
     * @param value      the figure of the indicator's roll-up rule (mean or sum); null for categories
     * @param mean       mean of the values; null for categories or no values
     * @param min        smallest value
     * @param max        largest value
     * @param sum        sum of the values
     * @param categories number of villages per category (every category, in order); null for numbers
     */
    public record Group(String areaCode, String areaName, long count, BigDecimal value, BigDecimal mean,
            BigDecimal min, BigDecimal max, BigDecimal sum, Map<String, Long> categories) {
    }
}
