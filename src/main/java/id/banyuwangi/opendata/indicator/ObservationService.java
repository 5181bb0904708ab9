package id.banyuwangi.opendata.indicator;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.region.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/** Reads observations: pages, full downloads, and the filters' references checked against what exists. */
@ApplicationScoped
public class ObservationService {

    private final ObservationRepository observations;
    private final IndicatorRepository indicators;
    private final RegionDirectory regions;
    private final IndicatorReleases releases;
    private final Pager pager;

    public ObservationService(ObservationRepository observations, IndicatorRepository indicators,
            RegionDirectory regions, IndicatorReleases releases, Pager pager) {
        this.observations = observations;
        this.indicators = indicators;
        this.regions = regions;
        this.releases = releases;
        this.pager = pager;
    }

    /** One page of the observations matching the filter, from the latest releases or those {@code asOf} names. */
    public Slice<Observation> list(ObservationFilter filter, AsOf asOf, PageParameters parameters) {
        ObservationFilter checked = checked(filter, asOf);
        return pager.page(parameters, ObservationRepository.SORT, p -> observations.page(checked, p));
    }

    /**
     * Streams every observation matching a filter that {@link #checked} returned to {@code consumer}, in id order,
     * in constant memory.
     */
    @Transactional
    public void download(ObservationFilter checked, Consumer<Observation> consumer) {
        observations.forEach(checked, consumer);
    }

    /** The filter with its references checked (400) and the release it asks for resolved. */
    public ObservationFilter checked(ObservationFilter filter, AsOf asOf) {
        check(filter);
        return filter.withAsOf(releases.versions(asOf, filter.indicators()));
    }

    /** Changes whenever observations are added or removed; a validator for downloads. */
    public String fingerprint() {
        return observations.fingerprint();
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
