package id.banyuwangi.opendata.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * Which earlier release an answer is read from ({@code ?as_of=}): a version number of the dataset that publishes the
 * indicator, or a moment, for which each dataset answers with the latest version published by then. A date means
 * its end in the regency's time zone (WIB, UTC+7).
 *
 * @param version the version number, or null for a moment
 * @param moment  the moment, or null for a version
 */
public record AsOf(Integer version, Instant moment) {

    /** The time zone of a date without a time. */
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    /**
     * Parses a version number ({@code 2}), a date ({@code 2025-01-31}) or a date and time with an offset
     * ({@code 2025-01-31T09:00:00+07:00}); throws {@link IllegalArgumentException} otherwise.
     */
    public static AsOf parse(String text) {
        String value = text.trim();
        if (value.matches("[0-9]{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return new AsOf(number, null);
            }
        } else {
            try {
                if (value.length() == 10) {
                    return new AsOf(null, LocalDate.parse(value).plusDays(1).atStartOfDay(ZONE).toInstant()
                            .minusNanos(1));
                }
                return new AsOf(null, OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("must be a version number (1, 2, ...), a date (2025-01-31) or a date"
                + " and time with an offset (2025-01-31T09:00:00+07:00)");
    }
}
