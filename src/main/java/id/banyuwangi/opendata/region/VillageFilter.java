package id.banyuwangi.opendata.region;

/**
 * The filters of the village list; each null when not given.
 *
 * @param districtCode the kecamatan the villages lie in
 * @param type         desa or kelurahan
 * @param postalCode   five-digit postal code
 * @param bpsCode      BPS (MFD 2018) code
 * @param q            name search, matched against current and former names (see {@link Village#searchKey})
 */
public record VillageFilter(RegionCode districtCode, VillageType type, String postalCode, String bpsCode, String q) {
}
