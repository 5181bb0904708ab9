package id.banyuwangi.opendata.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void aYearSpansTheWholeYear() {
        Period year = Period.parse("2024");
        assertTrue(year.isYear());
        assertEquals(LocalDate.of(2024, 1, 1), year.start());
        assertEquals(LocalDate.of(2024, 12, 31), year.end());
    }

    @Test
    void aMonthSpansItsDaysIncludingLeapDays() {
        Period month = Period.parse("2024-02");
        assertFalse(month.isYear());
        assertEquals(LocalDate.of(2024, 2, 1), month.start());
        assertEquals(LocalDate.of(2024, 2, 29), month.end());
    }

    @Test
    void textOrderIsChronological() {
        assertTrue(Period.parse("2023").compareTo(Period.parse("2023-06")) < 0);
        assertTrue(Period.parse("2023-06").compareTo(Period.parse("2023-12")) < 0);
        assertTrue(Period.parse("2023-12").compareTo(Period.parse("2024")) < 0);
        assertEquals(Period.parse("2024-06"), Period.parse("2024-06"));
        assertEquals("2024-06", Period.parse("2024-06").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2024-6", "2024-13", "2024-00", "2024/06", "2024-06-01", "1700", "20245",
        "abcd", " 2024"})
    void rejectsAnythingElseSayingWhatAPeriodLooksLike(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertEquals(Period.FORMAT, e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> Period.parse(null));
    }
}
