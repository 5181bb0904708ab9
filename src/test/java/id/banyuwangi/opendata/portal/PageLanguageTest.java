package id.banyuwangi.opendata.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a page's language is chosen: {@code ?lang=} first, then the browser's preference, else Indonesian. */
class PageLanguageTest {

    @ParameterizedTest(name = "lang={0}, Accept-Language={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
        "null, null, ID",
        "null, '', ID",
        "en, null, EN",
        "EN, id, EN",
        "id, en-US, ID",
        "fr, en, EN",
        "null, 'en-US,en;q=0.9', EN",
        "null, 'id-ID,id;q=0.9,en;q=0.8', ID",
        "null, 'en;q=0.5,id;q=0.9', ID",
        "null, 'de-DE,de;q=0.9', ID",
        "null, 'fr;q=0.9,en;q=0.3', EN",
        "null, ';;;q=', ID"})
    void choosesTheLanguage(String lang, String acceptLanguage, PageLanguage expected) {
        assertEquals(expected, PageLanguage.of(lang, acceptLanguage));
    }
}
