package id.banyuwangi.opendata.profile;

import id.banyuwangi.opendata.indicator.Indicator;
import id.banyuwangi.opendata.indicator.IndicatorRepository;
import id.banyuwangi.opendata.indicator.Observation;
import id.banyuwangi.opendata.indicator.ObservationRepository;
import id.banyuwangi.opendata.publicservice.ServiceOfferingRepository;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.region.Village;
import id.banyuwangi.opendata.region.VillageService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds the profile of a village from the region, indicator and service data. */
@ApplicationScoped
public class VillageProfileService {

    private final VillageService villages;
    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final ServiceOfferingRepository offerings;

    public VillageProfileService(VillageService villages, IndicatorRepository indicators,
            ObservationRepository observations, ServiceOfferingRepository offerings) {
        this.villages = villages;
        this.indicators = indicators;
        this.observations = observations;
        this.offerings = offerings;
    }

    /** The profile of a village; 404 when no village has the code. */
    public VillageProfile profile(RegionCode code) {
        Village village = villages.get(code);
        Map<String, Indicator> catalogue = new TreeMap<>();
        indicators.listAll().forEach(i -> catalogue.put(i.code, i));
        Map<String, List<Observation>> byIndicator = observations.ofArea(village.code).stream()
                .collect(Collectors.groupingBy(o -> o.indicatorCode, LinkedHashMap::new, Collectors.toList()));
        List<VillageProfile.Trend> trends = new ArrayList<>();
        byIndicator.forEach((indicatorCode, rows) -> {
            List<Observation> newestFirst = onePerPeriod(rows);
            trends.add(new VillageProfile.Trend(catalogue.get(indicatorCode), newestFirst.get(0),
                    newestFirst.size() > 1 ? newestFirst.get(1) : null));
        });
        List<Indicator> notCovered = catalogue.values().stream()
                .filter(i -> i.levels.contains(RegionLevel.VILLAGE.apiValue())
                        && !i.villageTypes.contains(village.type.apiValue()))
                .toList();
        return new VillageProfile(village, trends, notCovered, offerings.allOfVillage(village.code));
    }

    /** The preferred observation of each period, most recent first, undated ones last. */
    private static List<Observation> onePerPeriod(List<Observation> rows) {
        return Observation.preferred(rows, o -> o.period).stream()
                .sorted(Comparator.comparing((Observation o) -> Observation.UNDATED.equals(o.period))
                        .thenComparing(o -> o.period, Comparator.reverseOrder()))
                .toList();
    }
}
