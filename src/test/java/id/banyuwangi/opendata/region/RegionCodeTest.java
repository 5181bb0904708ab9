package id.banyuwangi.opendata.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @Test
    void parsesEachLevel() {
        assertEquals(RegionLevel.REGENCY, RegionCode.parse("35.10").level());
        assertEquals(RegionLevel.DISTRICT, RegionCode.parse("35.10.01").level());
        assertEquals(RegionLevel.VILLAGE, RegionCode.parse("35.10.01.2001").level());
    }

    @Test
    void theDigitAfterTheThirdDotTellsDesaFromKelurahan() {
        assertEquals(VillageType.DESA, RegionCode.parse("35.10.01.2001").villageType());
        assertEquals(VillageType.KELURAHAN, RegionCode.parse("35.10.16.1013").villageType());
    }

    @Test
    void parentIsOneLevelUp() {
        assertEquals(RegionCode.parse("35.10.01"), RegionCode.parse("35.10.01.2001").parent());
        assertEquals(RegionCode.parse("35.10"), RegionCode.parse("35.10.01").parent());
        assertThrows(IllegalStateException.class, () -> RegionCode.parse("35.10").parent());
    }

    @Test
    void keepsItsTextAndComparesByValue() {
        RegionCode code = RegionCode.parse("35.10.03.2002");
        assertEquals("35.10.03.2002", code.toString());
        assertEquals(code, RegionCode.parse("35.10.03.2002"));
        assertEquals(code.hashCode(), RegionCode.parse("35.10.03.2002").hashCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "35", "3510", "35.1", "35.10.1", "35.10.01.201", "35.10.01.3001", "35.10.01.20011",
        "35.10.01.2001.1", "35-10-01", " 35.10", "35.10 ", "00.10", "35.00", "35.10.00", "35.10.01.2000", "ab.cd",
        "35.10.40001"})
    void rejectsMalformedCodesSayingWhatACodeLooksLike(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegionCode.parse(text));
        assertTrue(e.getMessage().contains("35.10.01.2001"), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> RegionCode.parse(null));
    }

    @Test
    void checksTheExpectedLevel() {
        assertEquals("35.10.01", RegionCode.parse("35.10.01", RegionLevel.DISTRICT).toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegionCode.parse("35.10.01.2001", RegionLevel.DISTRICT));
        assertEquals("must be a kecamatan code such as 35.10.01, not a desa/kelurahan code", e.getMessage());
    }

    @Test
    void villageTypeIsOnlyDefinedForVillages() {
        assertThrows(IllegalStateException.class, () -> RegionCode.parse("35.10.01").villageType());
    }
}
