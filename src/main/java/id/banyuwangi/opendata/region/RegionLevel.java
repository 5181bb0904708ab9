package id.banyuwangi.opendata.region;

import java.util.Locale;

/** The administrative levels a {@link RegionCode} can name. */
public enum RegionLevel {
    /** Kabupaten or kota, e.g. 35.10. */
    REGENCY,
    /** Kecamatan, e.g. 35.10.01. */
    DISTRICT,
    /** Desa or kelurahan, e.g. 35.10.01.2001. */
    VILLAGE;

    private final String apiValue = name().toLowerCase(Locale.ROOT);

    /** The value used in JSON, CSV and the {@code level} filter. */
    public String apiValue() {
        return apiValue;
    }

    /** Parses {@code regency}, {@code district} or {@code village}. */
    public static RegionLevel parse(String value) {
        for (RegionLevel level : values()) {
            if (level.apiValue().equals(value)) {
                return level;
            }
        }
        throw new IllegalArgumentException("must be regency, district or village");
    }
}
