package id.banyuwangi.opendata.portal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What every page's layout needs: the language and its formats, which navigation item is active, the link that
 * shows the same page in the other language, and the API URL of what the page shows.
 *
 * @param language         the page's language
 * @param fmt              numbers and dates in that language
 * @param siteTitle        the service's name, from the seed's {@code site.json}
 * @param nav              the active navigation item ({@code home}, {@code datasets}, {@code indicators},
 *                         {@code about}, or empty)
 * @param switchUrl        this page in the other language
 * @param alternateUrl     the same as an absolute URL, for {@code <link rel="alternate" hreflang>}
 * @param apiUrl           the API URL of what is on screen, null where the page shows no one resource
 * @param explicitLanguage whether the request chose the language with {@code ?lang=}, which links then carry on
 */
public record PageContext(PageLanguage language, PageFormat fmt, String siteTitle, String nav, String switchUrl,
        String alternateUrl, String apiUrl, boolean explicitLanguage) {

    /** A link to another page in the same language. */
    public String href(String path) {
        if (!explicitLanguage) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + PageLanguage.PARAMETER + "=" + language.tag();
    }

    /** A link to the page {@code prefix} followed by {@code id} (URL-encoded), in the same language. */
    public String link(String prefix, Object id) {
        return href(prefix + URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8));
    }

    /** The language tag, for {@code <html lang>}. */
    public String lang() {
        return language.tag();
    }

    /** The tag of the other language, for the switch. */
    public String otherLang() {
        return language.other().tag();
    }

    /** Whether the page is in English. */
    public boolean english() {
        return language == PageLanguage.EN;
    }
}
