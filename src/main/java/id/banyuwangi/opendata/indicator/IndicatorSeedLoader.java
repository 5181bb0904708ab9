package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.common.seed.SeedException;
import id.banyuwangi.opendata.common.seed.SeedFiles;
import id.banyuwangi.opendata.common.seed.SeedLoader;
import id.banyuwangi.opendata.source.SourceRepository;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Loads the indicator catalogue ({@code indicators.json}). The observations are not loaded here: the long-format
 * files are versions of their datasets ({@code datasets.json}), and reach the observations only through
 * {@link ObservationProjection} when the catalog's seed publishes them.
 */
@Singleton
public class IndicatorSeedLoader extends SeedLoader {

    private static final String CATALOGUE = "indicators.json";
    private final IndicatorRepository indicators;
    private final SourceRepository sources;

    public IndicatorSeedLoader(IndicatorRepository indicators, SourceRepository sources) {
        super("indicators", 20, List.of(CATALOGUE));
        this.indicators = indicators;
        this.sources = sources;
    }

    /** One indicator of {@code indicators.json}. */
    public record IndicatorSeed(String code, String dataset, String nameId, String nameEn, String descriptionId,
            String descriptionEn, List<String> units, String valueType, List<String> levels,
            List<String> villageTypes, String frequency, String methodId, String methodEn, String rollup,
            BigDecimal minValue, BigDecimal maxValue, List<String> sources, List<CategorySeed> categories) {
    }

    /** One category of a categorical indicator in {@code indicators.json}. */
    public record CategorySeed(String code, String labelId, String labelEn, String definition) {
    }

    @Override
    public void load(SeedFiles files) {
        for (IndicatorSeed seed : files.json(CATALOGUE, IndicatorSeed[].class)) {
            indicators.persistAndFlush(indicator(seed));
        }
    }

    private Indicator indicator(IndicatorSeed seed) {
        for (String source : seed.sources()) {
            if (sources.findByIdOptional(source).isEmpty()) {
                throw new SeedException(CATALOGUE + ": indicator " + seed.code() + " names unknown source " + source);
            }
        }
        Indicator indicator = new Indicator();
        indicator.code = seed.code();
        indicator.datasetId = seed.dataset();
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
