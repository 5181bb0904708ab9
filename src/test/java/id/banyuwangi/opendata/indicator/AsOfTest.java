package id.banyuwangi.opendata.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code as_of}: a version number, a date (its end in WIB) or a moment with an offset. */
class AsOfTest {

    @Test
    void aNumberIsAVersion() {
        assertEquals(new AsOf(3, null), AsOf.parse("3"));
        assertEquals(new AsOf(12, null), AsOf.parse(" 12 "));
    }

    @Test
    void aDateMeansItsLastMomentInWib() {
        AsOf asOf = AsOf.parse("2025-01-31");
        assertNull(asOf.version());
        assertEquals(Instant.parse("2025-01-31T16:59:59.999999999Z"), asOf.moment());
    }

    @Test
    void aMomentKeepsItsOffset() {
        assertEquals(Instant.parse("2025-01-31T02:00:00Z"), AsOf.parse("2025-01-31T09:00:00+07:00").moment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "latest", "2025-02-30", "2025-01-31T09:00:00", "1e3", "9999999999", ""})
    void anythingElseIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> AsOf.parse(text));
    }
}
