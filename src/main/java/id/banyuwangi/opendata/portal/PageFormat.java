package id.banyuwangi.opendata.portal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Numbers and dates as a reader of the page's language writes them: {@code 1.234,5} and {@code 29 Nov 2026} in
 * Indonesian, {@code 1,234.5} and {@code Nov 29, 2026} in English. Times are shown in UTC, as the API gives them.
 */
public final class PageFormat {

    private static final int MAX_FRACTION_DIGITS = 6;

    private final PageLanguage language;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter date;

    PageFormat(PageLanguage language) {
        this.language = language;
        this.symbols = DecimalFormatSymbols.getInstance(language.locale());
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
    }

    /** A number with grouping and up to six fraction digits, as the data has it; empty for none. */
    public String number(Object value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.######", symbols);
        format.setMaximumFractionDigits(MAX_FRACTION_DIGITS);
        return value instanceof Number ? format.format(value) : value.toString();
    }

    /** A number rounded to {@code digits} fraction digits (always shown). */
    public String decimal(Object value, int digits) {
        if (!(value instanceof Number n)) {
            return value == null ? "" : value.toString();
        }
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(n instanceof BigDecimal ? n : n.doubleValue());
    }

    /** A size in bytes, in kB or MB above a thousand (decimal units). */
    public String bytes(Long bytes) {
        if (bytes == null) {
            return "";
        }
        if (bytes < 1_000) {
            return number(bytes) + " B";
        }
        return bytes < 1_000_000 ? decimal(bytes / 1e3, 1) + " kB" : decimal(bytes / 1e6, 1) + " MB";
    }

    /** A date; an {@link Instant} is shown as its day in UTC. */
    public String date(Object value) {
        if (value instanceof LocalDate d) {
            return date.format(d);
        }
        if (value instanceof Instant i) {
            return date.format(i.atZone(ZoneOffset.UTC).toLocalDate());
        }
        return value == null ? "" : value.toString();
    }

    /** The text in the page's language: {@code id} or {@code en}, the other when the one is missing. */
    public String text(String id, String en) {
        String chosen = language == PageLanguage.ID ? id : en;
        return chosen == null || chosen.isBlank() ? (language == PageLanguage.ID ? en : id) : chosen;
    }
}
