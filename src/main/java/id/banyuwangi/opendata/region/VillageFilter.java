package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.geo.Position;

/**
 * The filters of the village list; each null when not given.
 *
 * @param districtCode the kecamatan the villages lie in
 * @param type         desa or kelurahan
 * @param postalCode   five-digit postal code
 * @param bpsCode      BPS (MFD 2018) code
 * @param q            name search, matched against current and former names (see {@link Village#searchKey})
 * @param bbox         only villages whose boundary meets this box
 * @param contains     only the village whose boundary holds this point
 */
public record VillageFilter(RegionCode districtCode, VillageType type, String postalCode, String bpsCode, String q,
        BoundingBox bbox, Position contains) {
}
