package id.banyuwangi.opendata.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time an observation refers to: a year ({@code 2024}) or a month ({@code 2024-06}). Its text sorts
 * chronologically ({@code 2024} before {@code 2024-06} before {@code 2025}).
 */
public final class Period implements Comparable<Period> {

    /** What a valid period looks like, for error messages. */
    public static final String FORMAT = "must be a year such as 2024 or a year and month such as 2024-06";

    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;

    private final String text;
    private final LocalDate start;
    private final LocalDate end;

    private Period(String text, LocalDate start, LocalDate end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    /** Parses a period; throws {@link IllegalArgumentException} saying what a period looks like. */
    public static Period parse(String text) {
        Matcher m = text == null ? null : PERIOD.matcher(text);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(FORMAT);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(FORMAT);
        }
        if (m.group(2) == null) {
            return new Period(text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException(FORMAT);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        return new Period(text, yearMonth.atDay(1), yearMonth.atEndOfMonth());
    }

    /** The first day of the period. */
    public LocalDate start() {
        return start;
    }

    /** The last day of the period. */
    public LocalDate end() {
        return end;
    }

    /** Whether this is a whole year rather than a month. */
    public boolean isYear() {
        return text.length() == 4;
    }

    @Override
    public int compareTo(Period other) {
        return text.compareTo(other.text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period period && period.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
