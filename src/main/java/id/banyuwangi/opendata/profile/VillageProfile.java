package id.banyuwangi.opendata.profile;

import id.banyuwangi.opendata.indicator.Indicator;
import id.banyuwangi.opendata.indicator.Observation;
import id.banyuwangi.opendata.publicservice.ServiceOffering;
import id.banyuwangi.opendata.region.Village;
import java.util.List;

/**
 * Everything published about one village: each indicator's latest value with the one before, the indicators that
 * do not cover it, and the services it offers.
 *
 * @param village    the village
 * @param trends     per indicator with data for it, the latest and the previous observation
 * @param notCovered indicators that exist at village level but not for this type of village
 * @param services   the Smart Kampung services it offers
 */
public record VillageProfile(Village village, List<Trend> trends, List<Indicator> notCovered,
        List<ServiceOffering> services) {

    /**
     * The two most recent periods of one indicator.
     *
     * @param indicator the indicator
     * @param latest    the most recent observation (the preferred source where sources disagree)
     * @param previous  the one of the period before, null when there is none
     */
    public record Trend(Indicator indicator, Observation latest, Observation previous) {
    }
}
