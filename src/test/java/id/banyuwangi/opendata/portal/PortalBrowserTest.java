package id.banyuwangi.opendata.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.testing.RequiresChromium;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The portal in Debian's Chromium, driven by Playwright as a journalist would use it: search, open the IDM dataset,
 * check its licence and source, download a version as CSV and XLSX and check them against the SHA-256 on the page,
 * copy the citation, read the diff of the renamed villages, open the IDM map and click a village. The same with
 * JavaScript off (no map, everything else). Screenshots of every page at 1280 and 360 px go to
 * {@code target/screenshots/}; axe-core checks every page, in both languages, with its map drawn.
 */
@QuarkusTest
@RequiresChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest {

    /** Every page, one address of each kind, for the screenshots and the checks at a phone's width. */
    private static final List<String> PAGES = List.of("/", "/datasets", "/datasets/idm",
            "/datasets/villages/diff?from=1&to=2", "/about", "/indicators", "/indicators/idm_status?period=2024",
            "/districts/35.10.03", "/villages/35.10.03.2002");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TestHTTPResource("/")
    URL base;

    private Playwright playwright;
    private Browser browser;

    @BeforeAll
    void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(RequiresChromium.Condition.chromium().orElseThrow())
                .setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private BrowserContext context(boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(javaScript)
                .setAcceptDownloads(true).setViewportSize(1280, 900).setLocale("id-ID"));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"), new BrowserContext
                .GrantPermissionsOptions().setOrigin(url("")));
        return context;
    }

    @Test
    void aJournalistFindsChecksDownloadsCitesComparesAndMapsTheData() throws IOException {
        try (BrowserContext context = context(true)) {
            Page page = context.newPage();
            List<String> problems = watch(page);
            String sha = findAndCheckTheIdm(page);

            page.locator("button.copy[data-copy=apa]").click();
            String copied = (String) page.evaluate("() => navigator.clipboard.readText()");
            assertEquals(page.locator("pre#apa").textContent().strip(), copied);

            readTheRenames(page);

            page.navigate(url("/indicators/idm_status?period=2024"));
            Locator villages = page.locator("#map path.area");
            villages.first().waitFor();
            assertEquals(189, villages.count(), "one path per desa with a 2024 status");
            Locator sarongan = page.locator("#map path.area[data-code='35.10.01.2001']");
            sarongan.hover();
            assertTrue(page.locator(".leaflet-tooltip").textContent().startsWith("Sarongan: "),
                    page.locator(".leaflet-tooltip").textContent());
            sarongan.click();
            page.waitForURL(Pattern.compile(".*/villages/35\\.10\\.01\\.2001$"));
            assertTrue(page.locator("h1").textContent().contains("Sarongan"));
            assertTrue(page.locator("#latest tbody").textContent().contains("idm v2"),
                    page.locator("#latest tbody").textContent());
            assertFalse(sha.isEmpty());
            assertEquals(List.of(), problems, "no console error, no CSP violation");
        }
    }

    @Test
    void everythingButTheMapWorksWithoutJavaScript() throws IOException {
        try (BrowserContext context = context(false)) {
            Page page = context.newPage();
            findAndCheckTheIdm(page);
            assertTrue(page.locator("button.copy").first().isHidden(), "no copy button without JavaScript");
            readTheRenames(page);

            page.navigate(url("/indicators/idm_status?period=2024"));
            assertEquals(0, page.locator("#map path").count());
            assertTrue(page.locator("noscript").count() > 0);
            page.locator("#ranking a[href='/villages/35.10.01.2001']").click();
            page.waitForURL(Pattern.compile(".*/villages/35\\.10\\.01\\.2001$"));
            assertTrue(page.locator("h1").textContent().contains("Sarongan"));
        }
    }

    /**
     * Search, open the IDM, check licence and source, download version 2 as CSV and XLSX, each checked against its
     * SHA-256 on the page; returns the CSV's.
     */
    private String findAndCheckTheIdm(Page page) throws IOException {
        page.navigate(url("/"));
        page.locator("#q").fill("indeks desa");
        page.locator("form.search button").click();
        page.waitForURL(Pattern.compile(".*/datasets\\?q=indeks\\+desa$"));
        page.locator("article.result h2 a[href='/datasets/idm']").click();
        page.waitForURL(Pattern.compile(".*/datasets/idm$"));
        assertTrue(page.locator("#licence").textContent().contains("other-at"));
        assertTrue(page.locator("#sources").textContent().contains("KEMENDESA_IDM2024_KRISTONOVA"));
        assertTrue(page.locator("#downloads h2").textContent().contains("2"));

        String sha = page.locator("tr.download[data-format=csv] code.sha256").textContent().strip();
        Download csv = page.waitForDownload(() -> page.locator("tr.download[data-format=csv] a").click());
        assertEquals(sha, sha256(csv.path()));
        String workbookSha = page.locator("tr.download[data-format=xlsx] code.sha256").textContent().strip();
        Download xlsx = page.waitForDownload(() -> page.locator("tr.download[data-format=xlsx] a").click());
        assertEquals(workbookSha, sha256(xlsx.path()));
        assertTrue(workbookText(xlsx.path()).contains(sha), "the workbook names the CSV's SHA-256 shown on the page");
        return sha;
    }

    /** Open the villages dataset, compare versions 1 and 2, and see the 8 renamed villages. */
    private void readTheRenames(Page page) {
        page.navigate(url("/datasets/villages"));
        page.locator("#versions select[name=from]").selectOption("1");
        page.locator("#versions select[name=to]").selectOption("2");
        page.locator("#versions form button").click();
        page.waitForURL(Pattern.compile(".*/datasets/villages/diff\\?from=1&to=2$"));
        assertEquals(8, page.locator("table.diff tbody tr.changed").count());
        Locator renamed = page.locator("table.diff tbody tr:has(code:text('35.10.03.2002'))");
        assertEquals("Sumbersari", renamed.locator("del").textContent());
        assertEquals("Sumberasri", renamed.locator("ins").textContent());
    }

    @Test
    void everyPageFitsA360PixelScreenAndIsPhotographed() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (BrowserContext context = context(true)) {
            Page page = context.newPage();
            List<String> problems = watch(page);
            for (String path : PAGES) {
                String name = path.equals("/") ? "home" : path.substring(1).replaceAll("[^a-z0-9.]+", "_");
                for (int width : new int[] {1280, 360}) {
                    page.setViewportSize(width, 800);
                    openDrawn(page, path);
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(SCREENSHOTS.resolve(name + "-" + width + ".png")));
                    Number scroll = (Number) page.evaluate("() => document.documentElement.scrollWidth");
                    assertTrue(scroll.intValue() <= width, path + " is " + scroll + " px wide at " + width + " px");
                }
            }
            assertEquals(List.of(), problems, "no console error, no CSP violation");
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPage() {
        try (BrowserContext context = context(true)) {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            for (String path : PAGES) {
                for (String lang : new String[] {"id", "en"}) {
                    String address = path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
                    openDrawn(page, address);
                    AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a",
                            "wcag21aa", "best-practice")).analyze();
                    assertTrue(results.getErrorMessage() == null, address + ": " + results.getErrorMessage());
                    assertFalse(results.getPasses().isEmpty(), address + ": axe ran no rule");
                    for (Rule rule : results.getViolations()) {
                        if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                            violations.add(address + " " + rule.getImpact() + " " + rule.getId() + " ("
                                    + rule.getHelp() + ") at " + rule.getNodes().stream()
                                    .map(node -> String.valueOf(node.getTarget())).limit(3).toList());
                        }
                    }
                }
            }
            assertEquals(List.of(), violations);
        }
    }

    /** Opens a page and, where it has a map, waits until its areas are drawn. */
    private void openDrawn(Page page, String path) {
        page.navigate(url(path));
        if (path.startsWith("/indicators/") || path.startsWith("/districts/") || path.startsWith("/villages/")) {
            page.locator("#map path.area").first().waitFor();
        }
    }

    private static List<String> watch(Page page) {
        List<String> problems = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                problems.add(m.text());
            }
        });
        page.onPageError(problems::add);
        return problems;
    }

    private static String sha256(Path file) throws IOException {
        return HexFormat.of().formatHex(Sha256.digest().digest(Files.readAllBytes(file)));
    }

    private static String workbookText(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            workbook.getSheets().forEach(sheet -> {
                try (var rows = sheet.openStream()) {
                    rows.forEach((Row row) -> row.forEach(cell -> text.append(cell == null ? "" : cell.getText())
                            .append('\t')));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return text.toString();
    }
}
