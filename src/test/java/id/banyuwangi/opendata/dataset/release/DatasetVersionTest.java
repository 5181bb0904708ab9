package id.banyuwangi.opendata.dataset.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-06", "2024-02-29"})
    void anIssueDateIsAYearAMonthOrADay(String issued) {
        assertEquals(issued, DatasetVersion.checkIssued(issued));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24", "2024-6", "2023-02-29", "2024-13", "2024/06/30", "2024-06-30T00:00", "n.d."})
    void anythingElseIsRefusedWithWhatIsValid(String issued) {
        assertEquals("issued '" + issued + "' is not a year, month or date (2024, 2024-06 or 2024-06-30)",
                assertThrows(IllegalArgumentException.class, () -> DatasetVersion.checkIssued(issued)).getMessage());
    }

    @Test
    void noDateStaysNone() {
        assertNull(DatasetVersion.checkIssued(null));
    }
}
