package id.banyuwangi.opendata.source;

import java.util.Locale;

/** How authoritative a source is; every observation carries the status of its source. */
public enum SourceStatus {
    /** An official document or dataset of the publishing authority. */
    OFFICIAL,
    /** A compilation, encyclopedia or other secondary publication. */
    SECONDARY,
    /** A figure reported by the press. */
    PRESS_REPORTED,
    /** Generated for demonstrations or benchmarks; never real data. */
    SYNTHETIC;

    private final String apiValue = name().toLowerCase(Locale.ROOT);

    /** The value used in JSON, CSV and the {@code status} filter. */
    public String apiValue() {
        return apiValue;
    }

    /** Parses an API value such as {@code press_reported}. */
    public static SourceStatus parse(String value) {
        for (SourceStatus status : values()) {
            if (status.apiValue().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("must be one of official, secondary, press_reported, synthetic");
    }
}
