package id.banyuwangi.opendata.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.source.SourceStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The checks every observation passes before it is stored (on seed load, and later on upload). */
@QuarkusTest
class ObservationFactoryTest {

    @Inject
    ObservationFactory factory;

    @Test
    void buildsACheckedObservation() {
        Observation o = factory.create("idm_status", "35.10.01.2001", "2024", "SANGAT TERTINGGAL", "category",
                "KEMENDESA_IDM2024_KRISTONOVA", "");
        assertEquals("sangat_tertinggal", o.category);
        assertNull(o.value);
        assertEquals(RegionLevel.VILLAGE, o.areaLevel);
        assertEquals("35.10.01", o.districtCode);
        assertEquals(SourceStatus.OFFICIAL, o.status);
        assertNull(o.note);
        Observation population = factory.create("population_total", "35.10", "2024-12", "1791789", "persons",
                "CAHYADSN_WILAYAH_PENDUDUK", "Dukcapil");
        assertEquals(new BigDecimal("1791789"), population.value);
        assertEquals("2024-12", population.period);
        assertEquals(java.time.LocalDate.of(2024, 12, 31), population.periodEnd);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "idm_scor|35.10.01.2001|2024|0.5|index_0_1|KEMENDESA_IDM2024_KRISTONOVA|is not catalogued",
        "idm_score|35.10.01.2999|2024|0.5|index_0_1|KEMENDESA_IDM2024_KRISTONOVA|does not exist",
        "idm_score|35.10.1|2024|0.5|index_0_1|KEMENDESA_IDM2024_KRISTONOVA|35.10.01.2001",
        "idm_score|35.10.16.1001|2024|0.5|index_0_1|KEMENDESA_IDM2024_KRISTONOVA|covers only desa",
        "idm_score|35.10.01|2024|0.5|index_0_1|KEMENDESA_IDM2024_KRISTONOVA|no district-level",
        "idm_score|35.10.01.2001|2024|1.5|index_0_1|KEMENDESA_IDM2024_KRISTONOVA|outside the range",
        "idm_score|35.10.01.2001|2024|high|index_0_1|KEMENDESA_IDM2024_KRISTONOVA|not a number",
        "idm_score|35.10.01.2001|2024|0.5|percent|KEMENDESA_IDM2024_KRISTONOVA|unit",
        "idm_score|35.10.01.2001|24|0.5|index_0_1|KEMENDESA_IDM2024_KRISTONOVA|a year such as 2024",
        "idm_score|35.10.01.2001|2024|0.5|index_0_1|NO_SUCH_SOURCE|not in the register",
        "idm_status|35.10.01.2001|2024|EXCELLENT|category|KEMENDESA_IDM2024_KRISTONOVA|is not a category"})
    void refusesRowsThatDoNotFitSayingWhy(String indicator, String area, String period, String value, String unit,
            String source, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> factory.create(indicator, area, period, value, unit, source, null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
