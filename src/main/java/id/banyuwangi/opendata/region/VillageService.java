package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.TreeSet;

/** Reads desa and kelurahan. */
@ApplicationScoped
public class VillageService {

    private final VillageRepository villages;
    private final DistrictService districts;
    private final RegionShapes shapes;
    private final Pager pager;

    public VillageService(VillageRepository villages, DistrictService districts, RegionShapes shapes, Pager pager) {
        this.villages = villages;
        this.districts = districts;
        this.shapes = shapes;
        this.pager = pager;
    }

    /** One page of the villages that match the filter. */
    public Slice<Village> list(VillageFilter filter, PageParameters parameters) {
        Set<String> within = within(filter);
        return pager.page(parameters, VillageRepository.SORT, p -> villages.page(filter, within, p));
    }

    /** The number of villages that match the filter. */
    public long count(VillageFilter filter) {
        return villages.count(filter, within(filter));
    }

    /** The villages the spatial filters choose (both, when both are given), or null when there are none. */
    private Set<String> within(VillageFilter filter) {
        Set<String> within = null;
        if (filter.bbox() != null) {
            within = new TreeSet<>(shapes.intersecting(filter.bbox(), RegionLevel.VILLAGE));
        }
        if (filter.contains() != null) {
            Set<String> holding = shapes.containing(filter.contains(), RegionLevel.VILLAGE);
            if (within == null) {
                within = new TreeSet<>(holding);
            } else {
                within.retainAll(holding);
            }
        }
        return within;
    }

    /** One page of the villages of the filter's kecamatan; 404 when no kecamatan has that code. */
    public Slice<Village> listInDistrict(VillageFilter filter, PageParameters parameters) {
        districts.require(filter.districtCode());
        return list(filter, parameters);
    }

    /** One village; 404 when no village has the code. */
    public Village get(RegionCode code) {
        return villages.findWithDistrict(code.toString())
                .orElseThrow(() -> ApiException.notFound("No desa or kelurahan has the code " + code + "."));
    }

}
