package id.banyuwangi.opendata.dataset.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A number written as it is stored is written exactly as its parsed value would be. */
class DatasetEncoderTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "10", "-3", "0.0", "0.1234", "-0.05", "100.00", "1791789", "-12.500",
        "123456789012345678901234567890.123456789"})
    void aPlainNumberIsItsOwnPlainString(String text) {
        assertEquals(true, DatasetEncoder.plainDecimal(text));
        assertEquals(new BigDecimal(text).toPlainString(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "-0", "-0.0", "-0.000", "007", "-01", "00.5", "1.", ".5", "-.5", "+1", "1e3",
        "1E+3", "1.2.3", " 1", "1 ", "0x10", "1,5", "12345678901234567890123456789012345678901"})
    void anyOtherTextTakesTheGeneralPath(String text) {
        assertEquals(false, DatasetEncoder.plainDecimal(text));
    }
}
