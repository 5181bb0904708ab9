package id.banyuwangi.opendata.region;

/**
 * The regency with the counts of the units below it, as loaded.
 *
 * @param regency        the regency
 * @param districtCount  number of kecamatan
 * @param desaCount      number of desa
 * @param kelurahanCount number of kelurahan
 */
public record RegencySummary(Regency regency, long districtCount, long desaCount, long kelurahanCount) {
}
