package id.banyuwangi.opendata.publicservice;

/**
 * The filters of service-delivery statistics; each null when not given.
 *
 * @param villageCode  one village
 * @param districtCode the villages of one kecamatan
 * @param from         months from this one ({@code YYYY-MM})
 * @param to           months up to this one ({@code YYYY-MM})
 */
public record DeliveryFilter(String villageCode, String districtCode, String from, String to) {
}
