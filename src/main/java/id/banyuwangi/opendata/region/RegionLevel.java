package id.banyuwangi.opendata.region;

/** The administrative levels a {@link RegionCode} can name. */
public enum RegionLevel {
    /** Kabupaten or kota, e.g. 35.10. */
    REGENCY,
    /** Kecamatan, e.g. 35.10.01. */
    DISTRICT,
    /** Desa or kelurahan, e.g. 35.10.01.2001. */
    VILLAGE
}
