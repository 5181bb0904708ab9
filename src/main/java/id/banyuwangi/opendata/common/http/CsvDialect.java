package id.banyuwangi.opendata.common.http;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How a CSV is written: plain RFC 4180 for programs, or for a spreadsheet that opens it with a double click
 * ({@code spreadsheet=en} or {@code spreadsheet=id}). A spreadsheet guesses each cell's type: it reads the regency
 * code {@code 35.10} as the number 35.1, a postal code or a period as a number, and under an Indonesian locale
 * (decimal comma, full stop between thousands) it reads {@code 0.877} as 877. The spreadsheet dialects start with a
 * UTF-8 byte order mark, write every text that starts like a number or a formula as the formula {@code ="35.10"}
 * (which Excel and LibreOffice both show as the text, and which also keeps a value such as {@code =HYPERLINK(...)}
 * from running), and write numbers with the decimal separator of the locale; the Indonesian one separates cells
 * with a semicolon, as spreadsheets in a decimal-comma locale expect.
 */
public enum CsvDialect {
    /** RFC 4180, comma-separated, decimal point, values as they are. */
    STANDARD("", ',', '.', false),
    /** For spreadsheets in a decimal-point locale (en-US and the like). */
    SPREADSHEET_EN("en", ',', '.', true),
    /** For spreadsheets in an Indonesian (decimal-comma) locale. */
    SPREADSHEET_ID("id", ';', ',', true);

    /** The name of the query parameter that chooses a spreadsheet dialect. */
    public static final String PARAMETER = "spreadsheet";

    /** What the parameter does, for the OpenAPI document of each operation that takes it. */
    public static final String DESCRIPTION = "With CSV, a file for a spreadsheet opened by a double click: `en` for"
            + " a decimal-point locale, `id` for an Indonesian (decimal-comma) one, separated by semicolons. Both"
            + " start with a byte order mark and write codes and other text a spreadsheet would take for a number (a"
            + " code such as `12.10`, which it would read as 12.1) or a formula as `=\"12.10\"`, which it shows as"
            + " the text; numbers get the locale's decimal separator.";

    /** UTF-8 byte order mark, which spreadsheet programs need to read CSV as UTF-8. */
    public static final byte[] BOM = "\uFEFF".getBytes(StandardCharsets.UTF_8);

    // Excel refuses a formula whose text literal is longer than 255 characters.
    private static final int FORMULA_TEXT_LIMIT = 250;
    // A number as the service writes numbers in text: plain, without exponent or a leading zero.
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

    /** What a column of a CSV holds, as far as a spreadsheet should see it. */
    public enum Column {
        /** Numbers: written with the dialect's decimal separator. */
        NUMBER,
        /** Codes and other text that must stay text even where it looks like a number ({@code 35.10}). */
        TEXT,
        /** Text that may hold numbers (a value column of numbers and categories): each cell as it reads. */
        MIXED
    }

    private final String parameterValue;
    private final char separator;
    private final char decimalSeparator;
    private final boolean spreadsheet;

    CsvDialect(String parameterValue, char separator, char decimalSeparator, boolean spreadsheet) {
        this.parameterValue = parameterValue;
        this.separator = separator;
        this.decimalSeparator = decimalSeparator;
        this.spreadsheet = spreadsheet;
    }

    /**
     * The dialect the {@code spreadsheet} parameter names: absent, the standard one; {@code en} or {@code id}, a
     * spreadsheet's. Throws {@link IllegalArgumentException} saying what is valid otherwise.
     */
    public static CsvDialect parse(String value) {
        if (value == null) {
            return STANDARD;
        }
        for (CsvDialect dialect : values()) {
            if (dialect.spreadsheet && dialect.parameterValue.equals(value)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException("must be en (decimal point) or id (decimal comma, semicolon-separated)");
    }

    /** The value of the {@code spreadsheet} parameter that chooses it; empty for the standard dialect. */
    public String parameterValue() {
        return parameterValue;
    }

    /** The cell separator. */
    public char separator() {
        return separator;
    }

    /** Whether this is a spreadsheet dialect (the file differs from the standard CSV and starts with a BOM). */
    public boolean spreadsheet() {
        return spreadsheet;
    }

    /** A number cell, from the number's plain text ({@code -8.5779}). */
    public String number(String plain) {
        return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
    }

    /** A cell of a column of this kind. */
    public String cell(String value, Column column) {
        return switch (column) {
            case NUMBER -> number(value);
            case TEXT -> text(value);
            case MIXED -> PLAIN_NUMBER.matcher(value).matches() ? number(value) : text(value);
        };
    }

    /** A text cell: as it is, or in a spreadsheet dialect protected from being read as a number or a formula. */
    public String text(String value) {
        if (!spreadsheet || value.isEmpty() || !guessedOrRun(value.charAt(0))) {
            return value;
        }
        if (value.length() > FORMULA_TEXT_LIMIT) {
            // Too long for a formula; a leading apostrophe is the usual guard against one that would run.
            return Character.isDigit(value.charAt(0)) ? value : "'" + value;
        }
        return "=\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** Whether a text starting with {@code first} may be read as a number or date, or run as a formula. */
    private static boolean guessedOrRun(char first) {
        return Character.isDigit(first) || "=+-@.\t\r".indexOf(first) >= 0;
    }
}
