package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionDirectory;
import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.source.Source;
import id.banyuwangi.opendata.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Builds an {@link Observation} from the text of one row, checking it against its indicator, the region hierarchy
 * and the source register. Every failed check is an {@link IllegalArgumentException} that says what is wrong.
 */
@ApplicationScoped
public class ObservationFactory {

    private final IndicatorRepository indicators;
    private final SourceRepository sources;
    private final RegionDirectory regions;

    public ObservationFactory(IndicatorRepository indicators, SourceRepository sources, RegionDirectory regions) {
        this.indicators = indicators;
        this.sources = sources;
        this.regions = regions;
    }

    /**
     * A checked observation.
     *
     * @param indicatorCode code of a catalogued indicator
     * @param areaCode      Kemendagri code of an existing region at a level the indicator has
     * @param period        {@code YYYY}, {@code YYYY-MM}, or empty when the source gives no date
     * @param value         a number, or for a categorical indicator one of its categories (any case, spaces allowed)
     * @param unit          one of the indicator's units
     * @param sourceId      an id of the source register
     * @param note          free text, may be empty
     */
    public Observation create(String indicatorCode, String areaCode, String period, String value, String unit,
            String sourceId, String note) {
        Indicator indicator = indicators.findByIdOptional(indicatorCode)
                .orElseThrow(() -> new IllegalArgumentException("indicator '" + indicatorCode + "' is not catalogued"));
        RegionCode code = RegionCode.parse(areaCode);
        RegionDirectory.Entry area = regions.find(code.toString())
                .orElseThrow(() -> new IllegalArgumentException("area " + areaCode + " does not exist"));
        if (!indicator.levels.contains(area.level().apiValue())) {
            throw new IllegalArgumentException("indicator " + indicatorCode + " has no " + area.level().apiValue()
                    + "-level observations (levels: " + String.join(", ", indicator.levels) + ")");
        }
        if (area.level() == RegionLevel.VILLAGE && !indicator.villageTypes.contains(area.villageType().apiValue())) {
            throw new IllegalArgumentException("indicator " + indicatorCode + " covers only "
                    + String.join(", ", indicator.villageTypes) + "; " + areaCode + " is a "
                    + area.villageType().apiValue());
        }
        if (!indicator.units.contains(unit)) {
            throw new IllegalArgumentException("unit '" + unit + "' is not one of " + indicator.units);
        }
        Source source = sources.require(sourceId);
        Observation observation = new Observation();
        observation.indicatorCode = indicator.code;
        observation.areaCode = area.code();
        observation.areaLevel = area.level();
        observation.districtCode = area.level() == RegionLevel.VILLAGE ? area.districtCode() : null;
        if (period == null || period.isBlank()) {
            observation.period = Observation.UNDATED;
        } else {
            Period parsed = Period.parse(period.trim());
            observation.period = parsed.toString();
            observation.periodStart = parsed.start();
            observation.periodEnd = parsed.end();
        }
        if (indicator.valueType == ValueType.CATEGORY) {
            observation.category = category(indicator, value);
        } else {
            observation.value = number(indicator, value);
        }
        observation.unit = unit;
        observation.sourceId = source.id;
        observation.status = source.status;
        observation.note = note == null || note.isBlank() ? null : note.trim();
        return observation;
    }

    private static String category(Indicator indicator, String value) {
        String code = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (indicator.categories.stream().noneMatch(c -> c.code.equals(code))) {
            throw new IllegalArgumentException("'" + value + "' is not a category of " + indicator.code + " ("
                    + String.join(", ", indicator.categories.stream().map(c -> c.code).toList()) + ")");
        }
        return code;
    }

    private static BigDecimal number(Indicator indicator, String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a number");
        }
        if (indicator.minValue != null && number.compareTo(indicator.minValue) < 0
                || indicator.maxValue != null && number.compareTo(indicator.maxValue) > 0) {
            throw new IllegalArgumentException(value + " is outside the range of " + indicator.code + " ("
                    + plain(indicator.minValue) + " to " + plain(indicator.maxValue) + ")");
        }
        return number;
    }

    private static String plain(BigDecimal bound) {
        return bound == null ? "unbounded" : bound.stripTrailingZeros().toPlainString();
    }
}
