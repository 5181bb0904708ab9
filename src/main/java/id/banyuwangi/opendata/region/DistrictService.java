package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.PageRequest;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads kecamatan with the figures derived from their villages. */
@ApplicationScoped
public class DistrictService {

    private final DistrictRepository districts;
    private final VillageRepository villages;
    private final RegionShapes shapes;
    private final Pager pager;

    public DistrictService(DistrictRepository districts, VillageRepository villages, RegionShapes shapes,
            Pager pager) {
        this.districts = districts;
        this.villages = villages;
        this.shapes = shapes;
        this.pager = pager;
    }

    /** One page of kecamatan, only those whose boundary meets {@code box} unless it is null. */
    public Slice<DistrictSummary> list(BoundingBox box, PageParameters parameters) {
        PageRequest<District> page = pager.request(parameters, DistrictRepository.SORT);
        Set<String> within = box == null ? null : shapes.intersecting(box, RegionLevel.DISTRICT);
        Slice<District> slice = pager.slice(districts.page(within, page), page);
        List<String> codes = slice.items().stream().map(d -> d.code).toList();
        Map<String, Map<VillageType, Long>> counts = villages.countsByDistrictAndType(codes);
        Map<String, List<String>> postalCodes = villages.postalCodesByDistrict(codes);
        return slice.map(d -> summary(d, counts, postalCodes));
    }

    /** The number of kecamatan whose boundary meets {@code box}, or of all kecamatan when it is null. */
    public long count(BoundingBox box) {
        return districts.count(box == null ? null : shapes.intersecting(box, RegionLevel.DISTRICT));
    }

    /** One kecamatan; 404 when no kecamatan has the code. */
    public DistrictSummary get(RegionCode code) {
        District district = require(code);
        List<String> codes = List.of(district.code);
        return summary(district, villages.countsByDistrictAndType(codes), villages.postalCodesByDistrict(codes));
    }

    /** The kecamatan with this code; 404 when there is none. */
    public District require(RegionCode code) {
        return districts.findByIdOptional(code.toString())
                .orElseThrow(() -> ApiException.notFound("No kecamatan has the code " + code + "."));
    }


    private static DistrictSummary summary(District district, Map<String, Map<VillageType, Long>> counts,
            Map<String, List<String>> postalCodes) {
        Map<VillageType, Long> byType = counts.getOrDefault(district.code, Map.of());
        return new DistrictSummary(district, byType.getOrDefault(VillageType.DESA, 0L),
                byType.getOrDefault(VillageType.KELURAHAN, 0L), postalCodes.getOrDefault(district.code, List.of()));
    }
}
