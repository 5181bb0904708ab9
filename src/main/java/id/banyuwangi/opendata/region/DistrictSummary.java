package id.banyuwangi.opendata.region;

import java.util.List;

/**
 * A kecamatan with the figures derived from its villages.
 *
 * @param district       the kecamatan
 * @param desaCount      number of desa
 * @param kelurahanCount number of kelurahan
 * @param postalCodes    distinct postal codes of its villages, sorted
 */
public record DistrictSummary(District district, long desaCount, long kelurahanCount, List<String> postalCodes) {
}
