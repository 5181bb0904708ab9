package id.banyuwangi.opendata.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.hash.Sha256;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The portal's pages on the seed, as a browser gets them: HTML in Indonesian by default and in English by
 * {@code ?lang=en} or Accept-Language, the content each page promises, its JSON-LD, caching and security headers;
 * and the API's answers unchanged beside them.
 */
@QuarkusTest
class PortalPagesTest {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** Every page (one address of each kind), for the checks every page must pass. */
    static final List<String> PAGES = List.of("/", "/datasets", "/datasets?q=indeks+desa", "/datasets/idm",
            "/datasets/villages/diff?from=1&to=2", "/about", "/indicators", "/indicators/idm_status?period=2024",
            "/districts/35.10.03", "/villages/35.10.03.2002");

    /** A request as a browser sends it: Accept names HTML, and the links of the pages are used as they are. */
    static io.restassured.specification.RequestSpecification browser() {
        return given().urlEncodingEnabled(false).accept(HTML);
    }

    static Document page(String path, String language) {
        String body = browser().header("Accept-Language", language).get(path).then()
                .statusCode(200).contentType(startsWith("text/html")).extract().asString();
        return Jsoup.parse(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/datasets", "/datasets/idm", "/datasets/villages/diff?from=1&to=2", "/about",
            "/indicators", "/indicators/idm_status?period=2024", "/indicators/idm_score", "/districts/35.10.03",
            "/villages/35.10.03.2002"})
    void everyPageIsInIndonesianByDefaultAndInEnglishOnRequest(String path) {
        Document id = page(path, "");
        assertEquals("id", id.selectFirst("html").attr("lang"));
        assertEquals("Beranda", id.selectFirst("nav a[href=/]").text());
        Element toEnglish = id.selectFirst("header a.lang");
        assertEquals("en", toEnglish.attr("hreflang"));
        assertTrue(toEnglish.attr("href").contains("lang=en"), toEnglish.attr("href"));
        Element alternate = id.selectFirst("head link[rel=alternate][hreflang=en]");
        assertEquals(RestAssured.baseURI + ":" + RestAssured.port + toEnglish.attr("href"), alternate.attr("href"),
                "the alternate of the other language is an absolute URL, as hreflang requires");

        Document en = Jsoup.parse(browser().get(toEnglish.attr("href")).then().statusCode(200)
                .extract().asString());
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("Home", en.selectFirst("nav a[href^=/]").text());
        assertEquals(id.select("main h2").size(), en.select("main h2").size(), "the same sections in both");
        assertFalse(en.selectFirst("main").select("h2, th, dt, label").eachText()
                .equals(id.selectFirst("main").select("h2, th, dt, label").eachText()), "labels translated on " + path);

        Document byHeader = page(path, "en-GB,en;q=0.9,id;q=0.5");
        assertEquals("en", byHeader.selectFirst("html").attr("lang"));
    }

    @Test
    void aBrowsersLanguageChoiceIsCachedApartFromTheOther() {
        String idTag = browser().get("/about").then().statusCode(200).extract().header("ETag");
        Response en = browser().header("Accept-Language", "en").header("If-None-Match", idTag)
                .get("/about");
        en.then().statusCode(200).header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"));
    }

    @Test
    void theHomePageShowsTheRegencyInNumbersFromTheApi() {
        JsonNode regency = json(given().get("/api/v1/regency").then().statusCode(200).extract().asString());
        Document id = page("/", "");
        List<String> figures = id.select(".figures dd").eachText();
        assertEquals(List.of(regency.get("district_count").asText(), regency.get("desa_count").asText(),
                regency.get("kelurahan_count").asText(), "3.593,849 km²"), figures);
        assertEquals("3,593.849 km²", page("/?lang=en", "").select(".figures dd").last().text());
        assertEquals("/datasets", id.selectFirst("form.search").attr("action"));
        assertTrue(id.select("a[href=/q/swagger-ui]").size() > 0);
        assertTrue(id.select("a[href=/api/v1]").size() > 0);
        assertFalse(id.select("#featured ~ ul a[href^=/indicators/]").isEmpty());
    }

    @Test
    void theCatalogSearchesInBothLanguagesWithFacetsAndCounts() {
        Document id = page("/datasets?q=indeks+desa", "");
        List<String> titles = id.select("article.result h2 a").eachAttr("href");
        assertTrue(titles.contains("/datasets/idm"), titles.toString());
        Document en = page("/datasets?q=village+index&lang=en", "");
        assertTrue(en.select("article.result h2 a").eachAttr("href").contains("/datasets/idm?lang=en"));

        JsonNode api = json(given().urlEncodingEnabled(false).get("/api/v1/datasets?q=indeks+desa").then().statusCode(200).extract()
                .asString());
        Element licence = id.select("aside.facets fieldset").get(2);
        api.get("facets").get("license").fields().forEachRemaining(e -> assertTrue(licence.text()
                .contains(e.getKey() + " (" + e.getValue().asText() + ")"), licence.text()));
        String themeLink = id.select("aside.facets fieldset").get(0).selectFirst("a").attr("href");
        Document narrowed = page(themeLink, "");
        assertTrue(narrowed.selectFirst("aside.facets a.selected") != null, themeLink);
        assertEquals(api.get("items").size(), titles.size());
    }

    @Test
    void theCatalogPagesWithoutJavaScript() {
        Document first = page("/datasets?limit=5", "");
        assertEquals(5, first.select("article.result").size());
        String next = first.selectFirst("a[rel=next]").attr("href");
        List<String> all = new java.util.ArrayList<>(first.select("article.result h2 a").eachAttr("href"));
        while (next != null) {
            Document following = page(next, "");
            all.addAll(following.select("article.result h2 a").eachAttr("href"));
            Element link = following.selectFirst("a[rel=next]");
            next = link == null ? null : link.attr("href");
        }
        assertEquals(all.size(), all.stream().distinct().count(), "no dataset twice");
        JsonNode api = json(given().get("/api/v1/datasets?limit=1000").then().extract().asString());
        assertEquals(api.get("items").size(), all.size());
    }

    @Test
    void theDatasetPageShowsProvenanceVersionsDownloadsAndCitation() {
        Document page = page("/datasets/idm", "");
        JsonNode version = json(given().get("/api/v1/datasets/idm/versions/latest").then().statusCode(200)
                .extract().asString());
        assertTrue(page.selectFirst("#licence").text().contains("other-at"));
        assertTrue(page.select("#sources li").text().contains("KEMENDESA_IDM2024_KRISTONOVA"));
        assertTrue(page.select("#sources .status").eachText().contains("resmi"));
        assertEquals(2, page.select("#versions tbody tr").size());
        Element csv = page.selectFirst("tr.download[data-format=csv]");
        assertEquals(version.get("sha256").asText(), csv.selectFirst("code.sha256").text());
        assertEquals(3, version.get("downloads").size());
        for (JsonNode download : version.get("downloads")) {
            String format = download.get("format").asText();
            assertEquals(download.get("sha256").asText(),
                    page.selectFirst("tr.download[data-format=" + format + "] code.sha256").text(), format);
        }
        assertEquals(List.of("csv", "csv_excel_id", "csv_excel_en", "xlsx", "json", "ndjson"),
                page.select("tr.download").eachAttr("data-format"));
        assertTrue(page.selectFirst("tr.download[data-format=xlsx] a").attr("href").endsWith("format=xlsx"));
        for (String derived : List.of("xlsx", "csv_excel_id", "csv_excel_en")) {
            Element row = page.selectFirst("tr.download[data-format=" + derived + "]");
            byte[] file = given().urlEncodingEnabled(false).get(row.selectFirst("a").attr("href")).then()
                    .statusCode(200).extract().asByteArray();
            assertEquals(Sha256.hex(file), row.selectFirst("code.sha256").text(), derived + ": its own SHA-256");
        }
        String apa = given().get("/api/v1/datasets/idm/versions/2/citation?style=apa").then().statusCode(200)
                .extract().asString().strip();
        assertEquals(apa, page.selectFirst("pre#apa").text());
        assertTrue(page.selectFirst("pre#bibtex").text().startsWith("@misc{idm_v2,"));
        assertTrue(page.select("#dictionary tbody tr").eachText().stream().anyMatch(t -> t.startsWith("area_code")));
    }

    @Test
    void theDatasetPageShowsItsChangesFromTheFeed() {
        JsonNode feed = json(given().get("/api/v1/changes?dataset=villages&limit=1000").then().statusCode(200)
                .extract().asString()).get("items");
        List<String> newestFirst = new ArrayList<>();
        JsonNode second = null;
        for (JsonNode e : feed) {
            newestFirst.add(0, e.get("id").asText() + " " + e.get("type").asText());
            if (e.get("version").asInt() == 2) {
                second = e;
            }
        }
        Document page = page("/datasets/villages?lang=en", "");
        List<String> shown = page.select("#changes li").stream()
                .map(li -> li.attr("data-event") + " " + li.attr("data-type")).toList();
        assertEquals(newestFirst.subList(0, Math.min(10, newestFirst.size())), shown);
        // version 2 renamed 8 villages
        assertEquals(8, second.get("changed").asInt());
        Element published = page.selectFirst("#changes li[data-event=" + second.get("id").asText() + "]");
        assertEquals("Version 2 published: " + second.get("added").asText() + " rows added, 8 changed, "
                + second.get("removed").asText() + " removed", published.ownText());
        assertTrue(page.selectFirst("#changes p a").attr("href").endsWith("/api/v1/changes?dataset=villages"));
    }

    @Test
    void thePreviewFiltersSortsAndPagesOnTheServer() {
        Document page = page("/datasets/idm?version=2&indicator=idm_status&period=2024&sort=-area_code", "");
        List<Element> rows = page.select("table.preview tbody tr");
        assertEquals(20, rows.size());
        rows.forEach(r -> assertEquals(List.of("idm_status", "2024"), r.select("td").eachText().subList(1, 3)));
        List<String> codes = rows.stream().map(r -> r.selectFirst("td").text()).toList();
        assertEquals(codes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), codes);
        String api = page.selectFirst("#preview p.meta a").attr("href");
        JsonNode records = json(given().urlEncodingEnabled(false).get(api).then().statusCode(200).extract()
                .asString());
        assertEquals(codes, records.findValuesAsText("area_code"));
        Document next = page(page.selectFirst("#preview a[rel=next]").attr("href"), "");
        assertFalse(codes.contains(next.selectFirst("table.preview tbody td").text()));
    }

    @Test
    void numbersInThePreviewAreWrittenAsTheLanguageWritesThem() {
        String id = page("/datasets/villages?code=35.10.01.2001", "").select("table.preview tbody td").eachText()
                .stream().collect(Collectors.joining(" "));
        String en = page("/datasets/villages?code=35.10.01.2001&lang=en", "").select("table.preview tbody td")
                .eachText().stream().collect(Collectors.joining(" "));
        assertTrue(id.matches(".*-8,\\d+ 11\\d,\\d+.*"), id);
        assertTrue(en.matches(".*-8\\.\\d+ 11\\d\\.\\d+.*"), en);
    }

    @Test
    void theDiffShowsTheEightRenamedVillagesOldToNew() {
        Document diff = page("/datasets/villages/diff?from=1&to=2", "");
        List<Element> rows = diff.select("table.diff tbody tr.changed");
        assertEquals(8, rows.size());
        Element first = diff.selectFirst("table.diff tbody tr:has(code:contains(35.10.03.2002))");
        assertEquals("Sumbersari", first.selectFirst("del").text());
        assertEquals("Sumberasri", first.selectFirst("ins").text());
        assertTrue(diff.selectFirst("aside.api-url a").attr("href").endsWith("/api/v1/datasets/villages/diff?from=1&to=2"));
    }

    @Test
    void everyDatasetPageCarriesSchemaOrgJsonLd() {
        Document page = page("/datasets/villages", "");
        JsonNode ld = json(page.selectFirst("script[type=application/ld+json]").data());
        JsonNode dataset = json(given().get("/api/v1/datasets/villages").then().extract().asString());
        assertEquals("https://schema.org/", ld.get("@context").asText());
        assertEquals("Dataset", ld.get("@type").asText());
        assertEquals(dataset.get("title_id").asText(), ld.get("name").asText());
        assertEquals(dataset.get("description_id").asText(), ld.get("description").asText());
        assertEquals(dataset.get("license").get("url").asText(), ld.get("license").asText());
        assertEquals(dataset.get("publisher").get("name").asText(), ld.get("creator").get("name").asText());
        assertEquals(dataset.get("links").get("self").asText(), ld.get("identifier").asText());
        assertEquals(dataset.get("latest_version").asText(), ld.get("version").asText());
        assertEquals("2022-01-01/2025-12-31", ld.get("temporalCoverage").asText());
        assertEquals("35.10", ld.get("spatialCoverage").get(0).get("identifier").asText());
        JsonNode csv = ld.get("distribution").get(0);
        assertEquals("text/csv", csv.get("encodingFormat").asText());
        assertTrue(csv.get("contentUrl").asText().endsWith("/versions/2/download?format=csv"));
        assertTrue(csv.get("contentSize").asText().matches("\\d+ B"));
        assertTrue(ld.get("citation").asText().contains("(Version 2) [Data set]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/datasets", "/datasets/idm", "/about", "/datasets/villages/diff?from=1&to=2"})
    void pagesRevalidateWithTheirEtag(String path) {
        Response first = browser().get(path);
        String tag = first.then().statusCode(200).header("Cache-Control", containsString("max-age"))
                .extract().header("ETag");
        browser().header("If-None-Match", tag).get(path).then().statusCode(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/datasets", "/datasets/idm", "/about", "/nope", "/portal/portal.css"})
    void pagesHaveAContentSecurityPolicyWithoutInlineScript(String path) {
        String policy = browser().get(path).then().extract().header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    }

    @Test
    void noPageHasAnInlineScriptOrStyleOrAThirdPartyResource() {
        for (String path : PAGES) {
            Document page = page(path, "");
            page.select("script").forEach(s -> assertTrue(s.hasAttr("src")
                    || s.attr("type").equals("application/ld+json"), path + ": " + s));
            assertTrue(page.select("style, [style]").isEmpty(), path);
            page.select("script[src], link[href][rel=stylesheet], img[src]").forEach(e -> assertTrue(
                    e.attr("src").startsWith("/") || e.attr("href").startsWith("/"), path + ": " + e));
        }
    }

    @Test
    void theApiKeepsItsJsonAnswers() {
        browser().get("/api/v1/nope").then().statusCode(404)
                .contentType("application/problem+json").header("Content-Security-Policy", nullValue());
        browser().get("/api/v1/regency").then().statusCode(200).contentType("application/json")
                .header("Content-Security-Policy", nullValue());
        given().accept("application/json").get("/").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("GET /api/v1"));
        given().get("/nope").then().statusCode(404).contentType("application/problem+json");
        browser().get("/nope").then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("404"));
        browser().get("/datasets/no-such-dataset").then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("no-such-dataset"));
        browser().get("/datasets?sort=population").then().statusCode(400)
                .contentType(startsWith("text/html"));
        browser().get("/datasets?lang=en&sortt=id").then().statusCode(400)
                .body(containsString("sortt"), not(containsString("Exception")));
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(not(containsString("\"/datasets\"")), not(containsString("\"/about\"")));
    }

    @Test
    void theIndicatorPageRanksChartsAndMapsThePeriod() {
        Document page = page("/indicators/idm_status?period=2024", "");
        assertEquals(189, page.select("#ranking tbody tr").size(), "every desa with a 2024 status");
        assertEquals("/villages/" + page.selectFirst("#ranking tbody tr code").text(),
                page.selectFirst("#ranking tbody tr th a").attr("href"));
        Element map = page.selectFirst("#map");
        assertTrue(map.attr("data-geojson").endsWith(
                "/api/v1/observations?indicator=idm_status&period=2024&level=village&format=geojson&limit=1000"));
        given().urlEncodingEnabled(false).get(map.attr("data-geojson")).then().statusCode(200)
                .body("features.size()", is(189));
        assertEquals(List.of("c-sangat_tertinggal", "c-tertinggal", "c-berkembang", "c-maju", "c-mandiri"),
                page.select(".legend .swatch").eachAttr("class").stream().map(c -> c.replace("swatch ", ""))
                        .filter(c -> !c.equals("none")).toList());
        JsonNode summary = json(given().get("/api/v1/indicators/idm_status/summary?period=2024").then()
                .statusCode(200).extract().asString());
        assertEquals(summary.get("groups").size(), page.select("#chart svg g").size());
        assertEquals(summary.get("groups").size(), page.select("#chart tbody tr").size());
        assertTrue(page.select("#availability tbody a").eachText().containsAll(List.of("2023", "2024")));
        assertTrue(page.select("#map").attr("data-tiles").isEmpty(), "no base map unless one is configured");
        assertTrue(page.select("script[src]").eachAttr("src").contains("/webjars/leaflet/1.9.4/dist/leaflet.js"));
    }

    @Test
    void aVillagesProfileShowsItsValuesFormerNamesAndWayUp() {
        Document page = page("/villages/35.10.03.2002", "");
        assertTrue(page.selectFirst("h1").text().startsWith("Sumberasri"));
        assertTrue(page.selectFirst("#former-names").text().contains("Sumbersari"));
        assertTrue(page.select("nav.meta a").eachAttr("href").containsAll(List.of("/", "/districts/35.10.03")));
        JsonNode profile = json(given().get("/api/v1/villages/35.10.03.2002/profile").then().statusCode(200)
                .extract().asString());
        assertEquals(profile.get("indicators").size(), page.select("#latest tbody tr").size());
        assertTrue(page.select("#latest tbody").text().contains("idm v2"));
        Document district = page("/districts/35.10.03", "");
        assertTrue(district.select("tbody a").eachAttr("href").contains("/villages/35.10.03.2002"));
        browser().get("/villages/35.10.03").then().statusCode(400).contentType(startsWith("text/html"));
    }

    @Test
    void theAboutPageKeepsTheSeedsLicenceWording() {
        Document about = page("/about", "");
        String statements = about.select("blockquote.statement").text();
        assertTrue(statements.contains("licensed under the Open Database License (ODbL) 1.0"), statements);
        assertTrue(statements.contains("licensed under CC BY-SA 4.0; attribution: Wikipedia contributors"),
                statements);
        assertTrue(about.select("#sources tbody tr").size() > 0);
        JsonNode sources = json(given().get("/api/v1/sources?limit=1000").then().extract().asString());
        assertEquals(sources.get("items").size(), about.select("#sources tbody tr").size());
        assertTrue(about.select("#policy li").text().contains("/api/v2"));
    }

    @Test
    void theStyleSheetAndLeafletAreServedByTheApplication() {
        given().get("/portal/portal.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().get("/portal/portal.js").then().statusCode(200);
        given().get("/webjars/leaflet/1.9.4/dist/leaflet.js").then().statusCode(200);
    }

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
