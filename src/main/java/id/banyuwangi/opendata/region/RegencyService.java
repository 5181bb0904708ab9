package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** Reads the regency and its counts. */
@ApplicationScoped
public class RegencyService {

    private final RegencyRepository regencies;
    private final DistrictRepository districts;
    private final VillageRepository villages;

    public RegencyService(RegencyRepository regencies, DistrictRepository districts, VillageRepository villages) {
        this.regencies = regencies;
        this.districts = districts;
        this.villages = villages;
    }

    /** The regency with its numbers of kecamatan, desa and kelurahan. */
    public RegencySummary regency() {
        Regency regency = regencies.theRegency()
                .orElseThrow(() -> ApiException.notFound("No regency has been loaded."));
        Map<VillageType, Long> byType = new EnumMap<>(VillageType.class);
        villages.countsByDistrictAndType(null).values()
                .forEach(counts -> counts.forEach((type, n) -> byType.merge(type, n, Long::sum)));
        return new RegencySummary(regency, districts.count(), byType.getOrDefault(VillageType.DESA, 0L),
                byType.getOrDefault(VillageType.KELURAHAN, 0L));
    }
}
