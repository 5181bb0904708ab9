package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.source.SourceStatus;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filters of the observation list; lists are empty and the others null when not given.
 *
 * @param indicators   indicator codes
 * @param areaCodes    area codes
 * @param districtCode the kecamatan whose villages' observations are wanted
 * @param level        the level of the areas
 * @param period       exactly this period
 * @param from         periods starting on or after this one's start
 * @param to           periods ending on or before this one's end
 * @param latest       only the most recent dated observation of each indicator and area (within the other filters)
 * @param status       the status of the observations' source
 * @param bbox         only kecamatan and villages whose boundary meets this box
 * @param asOf         the release to answer from, as a version per dataset; null for the latest
 * @param within       the areas {@code bbox} chose; null when there is no box
 */
public record ObservationFilter(List<String> indicators, List<String> areaCodes, String districtCode,
        RegionLevel level, Period period, Period from, Period to, boolean latest, SourceStatus status,
        BoundingBox bbox, Map<String, Integer> asOf, Set<String> within) {

    /** The same filter, answered from the given release of each dataset, for the areas the box chose. */
    public ObservationFilter resolved(Map<String, Integer> versions, Set<String> areasInBox) {
        return new ObservationFilter(indicators, areaCodes, districtCode, level, period, from, to, latest, status,
                bbox, versions, areasInBox);
    }
}
