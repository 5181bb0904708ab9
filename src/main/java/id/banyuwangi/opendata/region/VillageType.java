package id.banyuwangi.opendata.region;

import java.util.Locale;

/** Whether a village is a desa (rural, with its own village government) or a kelurahan (urban, administrative). */
public enum VillageType {
    KELURAHAN,
    DESA;

    /** The value used in JSON, CSV and the {@code type} filter. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code desa} or {@code kelurahan}. */
    public static VillageType parse(String value) {
        for (VillageType type : values()) {
            if (type.apiValue().equals(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("must be desa or kelurahan");
    }
}
