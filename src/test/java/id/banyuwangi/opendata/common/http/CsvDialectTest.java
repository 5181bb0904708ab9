package id.banyuwangi.opendata.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvDialectTest {

    @Test
    void theParameterNamesTheSpreadsheetDialects() {
        assertEquals(CsvDialect.STANDARD, CsvDialect.parse(null));
        assertEquals(CsvDialect.SPREADSHEET_EN, CsvDialect.parse("en"));
        assertEquals(CsvDialect.SPREADSHEET_ID, CsvDialect.parse("id"));
        assertEquals("must be en (decimal point) or id (decimal comma, semicolon-separated)",
                assertThrows(IllegalArgumentException.class, () -> CsvDialect.parse("excel")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvDialect.parse(""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "35.10|=\"35.10\"",
        "68483|=\"68483\"",
        "2024-06|=\"2024-06\"",
        "=HYPERLINK(\"http://x\")|=\"=HYPERLINK(\"\"http://x\"\")\"",
        "+62 333|=\"+62 333\"",
        "-|=\"-\"",
        "@sum|=\"@sum\"",
        ".5|=\".5\"",
        "Banyuwangi|Banyuwangi",
        "Kelurahan Penganjuran|Kelurahan Penganjuran"})
    void textThatASpreadsheetWouldTakeForANumberOrAFormulaStaysText(String value, String cell) {
        assertEquals(cell, CsvDialect.SPREADSHEET_EN.text(value));
        assertEquals(cell, CsvDialect.SPREADSHEET_ID.text(value));
        assertEquals(value, CsvDialect.STANDARD.text(value));
    }

    @Test
    void textTooLongForAFormulaIsGuardedByAnApostropheWhenItWouldRun() {
        String formula = "=" + "A".repeat(300);
        String digits = "1" + " x".repeat(200);
        assertEquals("'" + formula, CsvDialect.SPREADSHEET_EN.text(formula));
        assertEquals(digits, CsvDialect.SPREADSHEET_EN.text(digits));
        assertEquals("", CsvDialect.SPREADSHEET_EN.text(""));
    }

    @Test
    void numbersGetTheLocalesDecimalSeparator() {
        assertEquals("0.877", CsvDialect.SPREADSHEET_EN.number("0.877"));
        assertEquals("0,877", CsvDialect.SPREADSHEET_ID.number("0.877"));
        assertEquals("-8,5779", CsvDialect.SPREADSHEET_ID.number("-8.5779"));
        assertEquals("1791789", CsvDialect.SPREADSHEET_ID.number("1791789"));
        assertEquals(',', CsvDialect.SPREADSHEET_EN.separator());
        assertEquals(';', CsvDialect.SPREADSHEET_ID.separator());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"0.877|0,877", "12|12", "-3.5|-3,5", "Mandiri|Mandiri",
        "0123|=\"0123\"", "1e5|=\"1e5\"", "35.10.01|=\"35.10.01\""})
    void aMixedColumnWritesPlainNumbersAsNumbersAndTheRestAsText(String value, String cell) {
        assertEquals(cell, CsvDialect.SPREADSHEET_ID.cell(value, CsvDialect.Column.MIXED));
    }
}
