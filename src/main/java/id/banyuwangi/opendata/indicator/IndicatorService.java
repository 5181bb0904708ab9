package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.common.persistence.LongReads;
import id.banyuwangi.opendata.region.RegionDirectory;
import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.region.RegionShapes;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the indicator catalogue and its observations (pages, full downloads, the filters' references checked against
 * what exists), and rolls observations up to kecamatan and regency.
 */
@ApplicationScoped
public class IndicatorService {

    /** Grouping of a summary. */
    public enum Grouping {
        DISTRICT, REGENCY
    }

    private static final int MEAN_SCALE = 6;

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final RegionDirectory regions;
    private final IndicatorReleases releases;
    private final RegionShapes shapes;
    private final Pager pager;
    private final LongReads longReads;
    private final ObservationsFingerprint fingerprint;

    public IndicatorService(IndicatorRepository indicators, ObservationRepository observations,
            RegionDirectory regions, IndicatorReleases releases, RegionShapes shapes, Pager pager,
            LongReads longReads, ObservationsFingerprint fingerprint) {
        this.indicators = indicators;
        this.observations = observations;
        this.regions = regions;
        this.releases = releases;
        this.shapes = shapes;
        this.pager = pager;
        this.longReads = longReads;
        this.fingerprint = fingerprint;
    }

    /** One page of the catalogue. */
    public Slice<Indicator> list(PageParameters parameters) {
        return pager.page(parameters, IndicatorRepository.SORT, indicators::page);
    }

    /** One indicator; 404 when none has the code. */
    public Indicator get(String code) {
        return indicators.findByIdOptional(code)
                .orElseThrow(() -> ApiException.notFound("No indicator has the code '" + code + "'."));
    }

    /** Which periods and levels have data. */
    public IndicatorAvailability availability(String code) {
        Indicator indicator = get(code);
        List<IndicatorAvailability.PeriodCount> periods = observations.countsByPeriodAndLevel(code).stream()
                .map(r -> new IndicatorAvailability.PeriodCount(Observation.UNDATED.equals(r[0]) ? null : (String) r[0],
                        ((RegionLevel) r[1]).apiValue(), (Long) r[2]))
                .toList();
        return new IndicatorAvailability(indicator, periods);
    }

    /**
     * The village values of one period (the latest with village data when {@code period} is null), rolled up per
     * kecamatan or for the regency by the indicator's rule. Where sources disagree on a village, the preferred
     * observation counts ({@link Observation#PREFERENCE}). Read from the latest release of the dataset that
     * publishes the indicator, or from the one {@code asOf} names.
     */
    public IndicatorSummary summary(String code, Grouping by, Period period, AsOf asOf) {
        Indicator indicator = get(code);
        if (indicator.rollup == Rollup.NONE || !indicator.levels.contains(RegionLevel.VILLAGE.apiValue())) {
            throw ApiException.invalidParameter("by", "cannot be used with " + code + ": its village values do not"
                    + " roll up (roll-up rule " + indicator.rollup.name().toLowerCase(Locale.ROOT)
                    + ", levels " + String.join(", ", indicator.levels) + ")");
        }
        Map<String, Integer> versions = releases.versions(asOf, List.of(code));
        String summarised = period != null ? period.toString()
                : observations.latestPeriod(code, RegionLevel.VILLAGE, versions).orElse(null);
        List<Observation> rows = summarised == null ? List.of() : Observation.preferred(
                observations.ofPeriod(code, summarised, RegionLevel.VILLAGE, versions), o -> o.areaCode);
        List<IndicatorSummary.Group> groups = new ArrayList<>();
        if (by == Grouping.DISTRICT) {
            regions.districts().forEach(d -> groups.add(group(indicator, d.code(), d.name(),
                    rows.stream().filter(o -> d.code().equals(o.districtCode)).toList())));
        } else {
            RegionDirectory.Entry regency = regions.regency().orElseThrow();
            groups.add(group(indicator, regency.code(), regency.name(), rows));
        }
        return new IndicatorSummary(indicator, by.name().toLowerCase(Locale.ROOT), summarised, groups,
                releases.of(rows.stream().map(o -> o.datasetId).toList(), versions));
    }

    private static IndicatorSummary.Group group(Indicator indicator, String code, String name,
            List<Observation> rows) {
        if (indicator.valueType == ValueType.CATEGORY) {
            Map<String, Long> counts = new LinkedHashMap<>();
            indicator.categories.forEach(c -> counts.put(c.code,
                    rows.stream().filter(o -> c.code.equals(o.category)).count()));
            return new IndicatorSummary.Group(code, name, rows.size(), null, null, null, null, null, counts);
        }
        List<BigDecimal> values = rows.stream().map(o -> o.value).filter(Objects::nonNull).toList();
        if (values.isEmpty()) {
            return new IndicatorSummary.Group(code, name, 0, null, null, null, null, null, null);
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        BigDecimal mean = sum.divide(BigDecimal.valueOf(values.size()), MEAN_SCALE, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
        BigDecimal min = values.stream().min(Comparator.naturalOrder()).orElseThrow().stripTrailingZeros();
        BigDecimal max = values.stream().max(Comparator.naturalOrder()).orElseThrow().stripTrailingZeros();
        BigDecimal value = indicator.rollup == Rollup.SUM ? sum : mean;
        return new IndicatorSummary.Group(code, name, values.size(), value, mean, min, max, sum, null);
    }

    /** One page of the observations matching the filter, from the latest releases or those {@code asOf} names. */
    public Slice<Observation> observations(ObservationFilter filter, AsOf asOf, PageParameters parameters) {
        ObservationFilter checked = checked(filter, asOf);
        return pager.page(parameters, ObservationRepository.SORT, p -> observations.page(checked, p));
    }

    /**
     * Streams every observation matching a filter that {@link #checked} returned to {@code consumer}, in id order,
     * in constant memory.
     */
    public void download(ObservationFilter checked, Consumer<ObservationRow> consumer) {
        longReads.readAhead(rows -> observations.forEach(checked, rows), consumer);
    }

    /**
     * The filter with its references checked (400), the release it asks for resolved, and the kecamatan and villages
     * its box meets.
     */
    public ObservationFilter checked(ObservationFilter filter, AsOf asOf) {
        check(filter);
        Set<String> inBox = filter.bbox() == null ? null
                : shapes.intersecting(filter.bbox(), RegionLevel.DISTRICT, RegionLevel.VILLAGE);
        return filter.resolved(releases.versions(asOf, filter.indicators()), inBox);
    }

    /** Changes whenever observations are added or removed; a validator for their downloads. */
    public String observationsFingerprint() {
        return fingerprint.get();
    }

    /** A 400 naming the first indicator or area of the filter that does not exist. */
    private void check(ObservationFilter filter) {
        for (String code : filter.indicators()) {
            if (indicators.findByIdOptional(code).isEmpty()) {
                throw ApiException.invalidParameter("indicator", "names '" + code
                        + "', which is not in the catalogue (GET /api/v1/indicators lists them)");
            }
        }
        for (String code : filter.areaCodes()) {
            if (regions.find(code).isEmpty()) {
                throw ApiException.invalidParameter("area_code", "names " + code + ", which is not a region");
            }
        }
        if (filter.districtCode() != null && regions.find(filter.districtCode()).isEmpty()) {
            throw ApiException.invalidParameter("district_code", "names " + filter.districtCode()
                    + ", which is not a kecamatan");
        }
    }
}
