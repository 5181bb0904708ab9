package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.common.seed.SeedException;
import id.banyuwangi.opendata.common.seed.SeedFiles;
import id.banyuwangi.opendata.common.seed.SeedLoader;
import id.banyuwangi.opendata.source.SourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads the indicator catalogue ({@code indicators.json}) and the observations of the long-format files (IDM,
 * population, area, Smart Kampung rollout). Every row is checked by {@link ObservationFactory}; the load is
 * refused with the list of problems (file, line, what is wrong) if any row fails.
 */
@ApplicationScoped
public class IndicatorSeedLoader implements SeedLoader {

    private static final String CATALOGUE = "indicators.json";
    private static final List<String> OBSERVATIONS =
            List.of("idm.csv", "population.csv", "area.csv", "smart_kampung_observations.csv");
    private static final int MAX_REPORTED_PROBLEMS = 20;

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final SourceRepository sources;
    private final ObservationFactory factory;

    public IndicatorSeedLoader(IndicatorRepository indicators, ObservationRepository observations,
            SourceRepository sources, ObservationFactory factory) {
        this.indicators = indicators;
        this.observations = observations;
        this.sources = sources;
        this.factory = factory;
    }

    /** One indicator of {@code indicators.json}. */
    public record IndicatorSeed(String code, String nameId, String nameEn, String descriptionId,
            String descriptionEn, List<String> units, String valueType, List<String> levels,
            List<String> villageTypes, String frequency, String methodId, String methodEn, String rollup,
            BigDecimal minValue, BigDecimal maxValue, List<String> sources, List<CategorySeed> categories) {
    }

    /** One category of a categorical indicator in {@code indicators.json}. */
    public record CategorySeed(String code, String labelId, String labelEn, String definition) {
    }

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public List<String> files() {
        List<String> all = new ArrayList<>(List.of(CATALOGUE));
        all.addAll(OBSERVATIONS);
        return all;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(SeedFiles files) {
        for (IndicatorSeed seed : files.json(CATALOGUE, IndicatorSeed[].class)) {
            indicators.persistAndFlush(indicator(seed));
        }
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Observation> loaded = new ArrayList<>();
        for (String file : OBSERVATIONS) {
            List<Map<String, String>> rows = files.csv(file);
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                String where = file + " line " + (i + 2) + ": ";
                try {
                    Observation o = factory.create(row.get("indicator"), row.get("area_code"), row.get("period"),
                            row.get("value"), row.get("unit"), row.get("source"), row.get("note"));
                    if (!keys.add(o.indicatorCode + " " + o.areaCode + " " + o.period + " " + o.sourceId)) {
                        problems.add(where + "repeats an observation of the same indicator, area, period and source");
                    }
                    loaded.add(o);
                } catch (IllegalArgumentException e) {
                    problems.add(where + e.getMessage());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems.size() + " observation(s) refused: "
                    + String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_REPORTED_PROBLEMS))));
        }
        observations.persist(loaded);
    }

    private Indicator indicator(IndicatorSeed seed) {
        for (String source : seed.sources()) {
            if (sources.findByIdOptional(source).isEmpty()) {
                throw new SeedException(CATALOGUE + ": indicator " + seed.code() + " names unknown source " + source);
            }
        }
        Indicator indicator = new Indicator();
        indicator.code = seed.code();
        indicator.nameId = seed.nameId();
        indicator.nameEn = seed.nameEn();
        indicator.descriptionId = seed.descriptionId();
        indicator.descriptionEn = seed.descriptionEn();
        indicator.units = List.copyOf(seed.units());
        indicator.valueType = ValueType.valueOf(seed.valueType().toUpperCase(Locale.ROOT));
        indicator.levels = List.copyOf(seed.levels());
        indicator.villageTypes = List.copyOf(seed.villageTypes());
        indicator.frequency = seed.frequency();
        indicator.methodId = seed.methodId();
        indicator.methodEn = seed.methodEn();
        indicator.rollup = Rollup.valueOf(seed.rollup().toUpperCase(Locale.ROOT));
        indicator.minValue = seed.minValue();
        indicator.maxValue = seed.maxValue();
        indicator.sourceIds.addAll(seed.sources());
        for (int i = 0; i < seed.categories().size(); i++) {
            CategorySeed c = seed.categories().get(i);
            IndicatorCategory category = new IndicatorCategory();
            category.position = i;
            category.code = c.code();
            category.labelId = c.labelId();
            category.labelEn = c.labelEn();
            category.definition = c.definition();
            indicator.categories.add(category);
        }
        if ((indicator.valueType == ValueType.CATEGORY) != !indicator.categories.isEmpty()) {
            throw new SeedException(CATALOGUE + ": indicator " + seed.code() + " must list categories exactly when"
                    + " its value type is category");
        }
        return indicator;
    }
}
