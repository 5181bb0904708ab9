package id.banyuwangi.opendata.portal;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the pages: Indonesian first, English second. A page's language is its {@code lang} query
 * parameter when there is one, else the first of the two that the browser's {@code Accept-Language} prefers, else
 * Indonesian.
 */
public enum PageLanguage {
    ID("id"), EN("en");

    /** The query parameter that chooses the language. */
    static final String PARAMETER = "lang";

    private final String tag;

    PageLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as in {@code <html lang>} and {@code ?lang=}. */
    public String tag() {
        return tag;
    }

    /** The locale of its messages and its number and date formats. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The other language, for the switch in the header. */
    public PageLanguage other() {
        return this == ID ? EN : ID;
    }

    /**
     * The language of a request: {@code lang} ({@code id} or {@code en}; anything else is ignored, as a browser
     * would), else the best of the two under {@code acceptLanguage}, else Indonesian.
     */
    static PageLanguage of(String lang, String acceptLanguage) {
        for (PageLanguage language : values()) {
            if (language.tag.equalsIgnoreCase(lang)) {
                return language;
            }
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ID;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            Locale best = Locale.lookup(ranges, List.of(ID.locale(), EN.locale()));
            return best != null && best.getLanguage().equals(EN.tag) ? EN : ID;
        } catch (IllegalArgumentException malformed) {
            return ID;
        }
    }
}
