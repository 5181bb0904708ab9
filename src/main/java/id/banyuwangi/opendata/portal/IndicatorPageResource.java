package id.banyuwangi.opendata.portal;

import id.banyuwangi.opendata.common.error.Parameters;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.indicator.Indicator;
import id.banyuwangi.opendata.indicator.IndicatorAvailability;
import id.banyuwangi.opendata.indicator.IndicatorService;
import id.banyuwangi.opendata.indicator.IndicatorSummary;
import id.banyuwangi.opendata.indicator.ObservationFilter;
import id.banyuwangi.opendata.indicator.Period;
import id.banyuwangi.opendata.indicator.ValueType;
import id.banyuwangi.opendata.indicator.api.v1.IndicatorDto;
import id.banyuwangi.opendata.indicator.api.v1.ObservationDto;
import id.banyuwangi.opendata.region.RegionDirectory;
import id.banyuwangi.opendata.region.RegionLevel;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /indicators}: the catalogue, and one indicator in one period as a choropleth map of its areas, a ranking,
 * a chart per kecamatan and its availability by period. The map is drawn by {@code /portal/map.js} from the API's
 * GeoJSON of the same observations; without JavaScript the page shows everything else.
 */
@Path("/indicators")
public class IndicatorPageResource {

    private static final String ALL = "1000";
    /** Classes of a number indicator's map, from its lowest values to its highest. */
    private static final int BINS = 5;
    /** The chart's geometry in SVG user units: rows, label column, bar length of the longest. */
    private static final int BAR_STEP = 22;
    private static final int BAR_TOP = 10;
    private static final double LABEL_WIDTH = 150;
    private static final double BAR_LENGTH = 360;

    private final IndicatorService indicators;
    private final RegionDirectory regions;
    private final PageRenderer pages;
    private final PortalConfig config;

    IndicatorPageResource(IndicatorService indicators, RegionDirectory regions, PageRenderer pages,
            PortalConfig config) {
        this.indicators = indicators;
        this.regions = regions;
        this.pages = pages;
        this.config = config;
    }

    /** What the catalogue page shows. */
    public record CatalogueView(List<IndicatorDto> indicators) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response catalogue(@QueryParam(PageLanguage.PARAMETER) String lang) {
        String base = pages.baseUri();
        return pages.page("indicators", "api/v1/indicators", ctx -> Templates.indicators(ctx, new CatalogueView(
                indicators.list(new PageParameters(ALL, null, null)).items().stream()
                        .map(i -> IndicatorDto.from(i, base)).toList())));
    }

    /** One class of the map's legend: its CSS class and what it covers. */
    public record LegendEntry(String cssClass, String labelId, String labelEn, String definition) {
    }

    /** One row of the ranking. */
    public record Ranked(int rank, ObservationDto observation, String cssClass, String districtCode,
            String districtName) {
    }

    /** One bar of the chart per kecamatan: where it is drawn (SVG user units), its parts and its figure. */
    public record Bar(String code, String name, int y, int textY, List<Segment> segments, String figure) {
    }

    /** A part of a bar (a category's count, or the whole mean), in SVG user units. */
    public record Segment(String cssClass, String x, String width, String title) {
    }

    /** A period of the availability, with the link to its map where there is one. */
    public record PeriodRow(String period, String level, long observations, String link) {
    }

    /** What an indicator's page shows. */
    public record IndicatorView(IndicatorDto indicator, String period, List<String> periods, String level,
            String geoJsonUrl, String tileUrl, String tileAttribution, List<LegendEntry> legend,
            List<String> breaks, List<Ranked> ranking, List<Bar> chart, int chartHeight, List<PeriodRow> availability) {
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response indicator(@PathParam("code") String code, @QueryParam("period") String period,
            @QueryParam(PageLanguage.PARAMETER) String lang) {
        Period asked = Parameters.parse("period", period, Period::parse);
        String base = pages.baseUri();
        return pages.page("indicators", "api/v1/indicators/" + code, ctx -> {
            Indicator indicator = indicators.get(code);
            IndicatorAvailability availability = indicators.availability(code);
            String level = indicator.levels.contains("village") ? "village"
                    : indicator.levels.contains("district") ? "district" : null;
            List<String> periods = availability.periods().stream()
                    .filter(p -> level != null && level.equals(p.level()) && p.period() != null)
                    .map(IndicatorAvailability.PeriodCount::period).distinct().sorted(Comparator.reverseOrder())
                    .toList();
            String shown = asked != null ? asked.toString() : periods.isEmpty() ? null : periods.get(0);
            List<ObservationDto> observations = level == null || shown == null ? List.of()
                    : indicators.observations(new ObservationFilter(List.of(code), List.of(), null,
                            RegionLevel.parse(level), Period.parse(shown), null, null, false, null, null, null,
                            null), null, new PageParameters(ALL, null, null)).items().stream()
                            .map(o -> ObservationDto.from(o, regions.name(o.areaCode), base)).toList();
            boolean categories = indicator.valueType == ValueType.CATEGORY;
            List<BigDecimal> breaks = categories ? List.of() : breaks(observations);
            List<LegendEntry> legend = categories
                    ? indicator.categories.stream().map(c -> new LegendEntry("c-" + c.code, c.labelId, c.labelEn,
                            c.definition)).toList()
                    : numberLegend(ctx, breaks);
            List<Ranked> ranking = ranking(indicator, observations, breaks);
            List<Bar> chart = level == null || shown == null || !"village".equals(level) ? List.of()
                    : chart(ctx, indicators.summary(code, IndicatorService.Grouping.DISTRICT, Period.parse(shown),
                            null), indicator);
            String geoJson = level == null || shown == null ? null : base + "api/v1/observations?indicator=" + code
                    + "&period=" + shown + "&level=" + level + "&format=geojson&limit=" + ALL;
            return Templates.indicator(ctx, new IndicatorView(IndicatorDto.from(indicator, base), shown, periods,
                    level, geoJson, config.tileUrl().orElse(null), config.tileAttribution().orElse(null), legend,
                    breaks.stream().map(BigDecimal::toPlainString).toList(), ranking, chart,
                    chart.size() * BAR_STEP + BAR_TOP, availability.periods().stream().map(p -> new PeriodRow(
                            p.period(), p.level(), p.observations(), p.period() != null && p.level().equals(level)
                            ? ctx.href("/indicators/" + code + "?period=" + p.period()) : null)).toList()));
        });
    }

    /** The upper bounds of the lower classes of a number map: equal counts of areas in each (quantiles). */
    static List<BigDecimal> breaks(List<ObservationDto> observations) {
        List<BigDecimal> values = observations.stream().map(ObservationDto::value).filter(v -> v != null).sorted()
                .toList();
        List<BigDecimal> breaks = new ArrayList<>();
        if (values.isEmpty()) {
            return breaks;
        }
        for (int i = 1; i < BINS; i++) {
            BigDecimal b = values.get(Math.min(values.size() - 1, i * values.size() / BINS));
            if (breaks.isEmpty() || b.compareTo(breaks.get(breaks.size() - 1)) > 0) {
                breaks.add(b);
            }
        }
        return breaks;
    }

    /** The class of a number under the breaks: {@code b0} for the lowest values. */
    static String bin(BigDecimal value, List<BigDecimal> breaks) {
        if (value == null) {
            return "c-none";
        }
        int bin = 0;
        while (bin < breaks.size() && value.compareTo(breaks.get(bin)) >= 0) {
            bin++;
        }
        return "b" + bin;
    }

    private static List<LegendEntry> numberLegend(PageContext ctx, List<BigDecimal> breaks) {
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i <= breaks.size() && !breaks.isEmpty(); i++) {
            String range = i == 0 ? "< " + ctx.fmt().number(breaks.get(0))
                    : i == breaks.size() ? "≥ " + ctx.fmt().number(breaks.get(i - 1))
                    : ctx.fmt().number(breaks.get(i - 1)) + " – " + ctx.fmt().number(breaks.get(i));
            legend.add(new LegendEntry("b" + i, range, range, null));
        }
        return legend;
    }

    private List<Ranked> ranking(Indicator indicator, List<ObservationDto> observations, List<BigDecimal> breaks) {
        List<String> order = indicator.categories.stream().map(c -> c.code).toList();
        Comparator<ObservationDto> byValue = indicator.valueType == ValueType.CATEGORY
                ? Comparator.comparingInt(o -> -order.indexOf(o.category()))
                : Comparator.comparing(ObservationDto::value, Comparator.nullsLast(Comparator.reverseOrder()));
        List<ObservationDto> sorted = observations.stream()
                .sorted(byValue.thenComparing(ObservationDto::areaCode)).toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ObservationDto o = sorted.get(i);
            String district = regions.find(o.areaCode()).map(RegionDirectory.Entry::districtCode).orElse(null);
            ranked.add(new Ranked(i + 1, o, o.category() != null ? "c-" + o.category() : bin(o.value(), breaks),
                    district, district == null ? null : regions.name(district)));
        }
        return ranked;
    }

    private static List<Bar> chart(PageContext ctx, IndicatorSummary summary, Indicator indicator) {
        List<Bar> bars = new ArrayList<>();
        if (indicator.valueType == ValueType.CATEGORY) {
            long most = summary.groups().stream().mapToLong(IndicatorSummary.Group::count).max().orElse(1);
            for (IndicatorSummary.Group g : summary.groups()) {
                List<Segment> segments = new ArrayList<>();
                double x = 0;
                List<String> parts = new ArrayList<>();
                List<id.banyuwangi.opendata.indicator.IndicatorCategory> best = new ArrayList<>(indicator.categories);
                java.util.Collections.reverse(best);
                for (var category : best) {
                    long n = g.categories() == null ? 0 : g.categories().getOrDefault(category.code, 0L);
                    if (n > 0) {
                        double width = BAR_LENGTH * n / most;
                        String label = ctx.fmt().text(category.labelId, category.labelEn);
                        segments.add(new Segment("c-" + category.code, svg(LABEL_WIDTH + x), svg(width),
                                label + ": " + n));
                        parts.add(label + " " + n);
                        x += width;
                    }
                }
                bars.add(bar(bars.size(), g, segments, String.join(", ", parts)));
            }
        } else {
            BigDecimal most = summary.groups().stream().map(IndicatorSummary.Group::mean).filter(m -> m != null)
                    .max(Comparator.naturalOrder()).orElse(BigDecimal.ONE);
            for (IndicatorSummary.Group g : summary.groups()) {
                double width = g.mean() == null || most.signum() == 0 ? 0 : BAR_LENGTH * g.mean().doubleValue()
                        / most.doubleValue();
                String figure = ctx.fmt().decimal(g.mean(), 4);
                bars.add(bar(bars.size(), g, List.of(new Segment("bar", svg(LABEL_WIDTH), svg(width), figure)),
                        figure));
            }
        }
        return bars;
    }

    private static Bar bar(int index, IndicatorSummary.Group g, List<Segment> segments, String figure) {
        return new Bar(g.areaCode(), g.areaName(), index * BAR_STEP + 4, index * BAR_STEP + 16, segments, figure);
    }

    private static String svg(double units) {
        return String.format(java.util.Locale.ROOT, "%.1f", units);
    }
}
