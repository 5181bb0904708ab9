package id.banyuwangi.opendata.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.banyuwangi.opendata.indicator.api.v1.ObservationDto;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The classes of a number indicator's map: quantile breaks, and the class of each value under them. */
class ChoroplethClassesTest {

    private static ObservationDto observation(String value) {
        return new ObservationDto(1, "idm_score", "35.10.01.2001", "Sarongan", "village", "2024",
                value == null ? null : new BigDecimal(value), null, "index_0_1", "S", "official", null, null, null);
    }

    @Test
    void tenValuesMakeFiveClassesOfTwo() {
        List<ObservationDto> values = IntStream.rangeClosed(1, 10).mapToObj(i -> observation(String.valueOf(i)))
                .toList();
        List<BigDecimal> breaks = IndicatorPageResource.breaks(values);
        assertEquals(List.of("3", "5", "7", "9"), breaks.stream().map(BigDecimal::toPlainString).toList());
        assertEquals(List.of("b0", "b0", "b1", "b1", "b2", "b2", "b3", "b3", "b4", "b4"), values.stream()
                .map(o -> IndicatorPageResource.bin(o.value(), breaks)).toList());
    }

    @Test
    void equalValuesMakeOneBreakAndNoValueItsOwnClass() {
        List<BigDecimal> breaks = IndicatorPageResource.breaks(List.of(observation("0.9"), observation("0.9"),
                observation(null)));
        assertEquals(List.of(new BigDecimal("0.9")), breaks);
        assertEquals("b1", IndicatorPageResource.bin(new BigDecimal("0.9"), breaks));
        assertEquals("c-none", IndicatorPageResource.bin(null, breaks));
        assertEquals(List.of(), IndicatorPageResource.breaks(List.of()));
    }
}
