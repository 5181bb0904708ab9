package id.banyuwangi.opendata.changefeed.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.banyuwangi.opendata.common.hash.Sha256;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The change feed on the untouched seed: the seed's own events, filters, paging, bad input and a mirror. */
@QuarkusTest
class ChangeFeedTest {

    /** Numbers are read as exact decimals, so that the mirror writes them as the service does. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();
    private static final Path CATALOGUE = Path.of("data-seed", "35.10-banyuwangi", "datasets.json");

    /** Every event of the feed, walking its pages of {@code limit} until one is shorter. */
    private static List<JsonNode> all(String query, int limit) {
        List<JsonNode> events = new ArrayList<>();
        String url = "/api/v1/changes?limit=" + limit + (query.isEmpty() ? "" : "&" + query);
        while (true) {
            JsonNode page = json(given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract()
                    .asString());
            page.path("items").forEach(events::add);
            if (page.path("items").size() < limit) {
                return events;
            }
            url = path(page.path("paging").path("next").asText());
        }
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path and query of an absolute link. */
    private static String path(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The types and datasets the seed's events must have, in order: each dataset created, then its versions. */
    private static List<String> seedEvents() throws IOException {
        List<String> expected = new ArrayList<>();
        for (JsonNode dataset : JSON.readTree(CATALOGUE.toFile()).path("datasets")) {
            String id = dataset.path("id").asText();
            expected.add("dataset_created " + id + " null");
            for (int v = 1; v <= dataset.path("versions").size(); v++) {
                expected.add("version_published " + id + " " + v);
            }
        }
        return expected;
    }

    private static String describe(JsonNode event) {
        return event.path("type").asText() + " " + event.path("dataset_id").asText() + " "
                + (event.path("version").isNull() ? "null" : event.path("version").asText());
    }

    @Test
    void theFeedStartsWithTheSeedsDatasetsAndVersionsInOrder() throws IOException {
        List<JsonNode> events = all("", 1000);
        assertEquals(seedEvents(), events.stream().map(ChangeFeedTest::describe).toList());
        for (int i = 0; i < events.size(); i++) {
            assertEquals(i + 1, events.get(i).path("id").asLong(), "ids are 1, 2, ... in commit order");
        }
    }

    @Test
    void aVersionEventHasTheCountsOfItsDiffAndLinksToItsVersionDiffAndDownloads() {
        JsonNode v2 = all("dataset=villages&type=version_published", 100).get(1);
        Map<String, Integer> diff = diffCounts("/api/v1/datasets/villages/diff?from=1&to=2&limit=1000");
        JsonPath version = given().get("/api/v1/datasets/villages/versions/2").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(2, v2.path("version").asInt());
        assertEquals(diff.getOrDefault("added", 0), v2.path("added").asInt());
        assertEquals(diff.getOrDefault("changed", 0), v2.path("changed").asInt());
        assertEquals(diff.getOrDefault("removed", 0), v2.path("removed").asInt());
        assertEquals(version.getLong("row_count"), v2.path("row_count").asLong());
        assertEquals(version.getString("sha256"), v2.path("sha256").asText());
        assertEquals(version.getString("published_at"), v2.path("occurred_at").asText());
        JsonNode links = v2.path("links");
        assertEquals("/api/v1/datasets/villages", path(links.path("dataset").asText()));
        assertEquals("/api/v1/datasets/villages/versions/2", path(links.path("version").asText()));
        assertEquals("/api/v1/datasets/villages/diff?from=1&to=2", path(links.path("diff").asText()));
        List<String> downloads = new ArrayList<>();
        links.path("downloads").forEach(d -> downloads.add(d.path("format").asText() + " "
                + d.path("media_type").asText() + " " + path(d.path("url").asText())));
        assertEquals(List.of("csv text/csv /api/v1/datasets/villages/versions/2/download?format=csv",
                "json application/json /api/v1/datasets/villages/versions/2/download?format=json",
                "ndjson application/x-ndjson /api/v1/datasets/villages/versions/2/download?format=ndjson"),
                downloads);
        assertEquals(true, v2.path("changed_fields").isNull());
    }

    @Test
    void aFirstVersionAddsEveryRecordAndHasNoDiff() {
        JsonNode v1 = all("dataset=village-boundaries", 100).get(1);
        long rows = given().get("/api/v1/datasets/village-boundaries/versions/1").then().statusCode(200)
                .extract().jsonPath().getLong("row_count");
        assertEquals("version_published village-boundaries 1", describe(v1));
        assertEquals(217, rows);
        assertEquals(rows, v1.path("added").asLong());
        assertEquals(0, v1.path("changed").asLong());
        assertEquals(0, v1.path("removed").asLong());
        assertEquals(true, v1.path("links").path("diff").isNull());
        assertEquals(4, v1.path("links").path("downloads").size(), "a version with geometry has GeoJSON too");
        assertEquals("geojson", v1.path("links").path("downloads").get(3).path("format").asText());
    }

    @Test
    void aCreatedEventHasNoVersionFields() {
        given().get("/api/v1/changes?dataset=idm&type=dataset_created").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].type", is("dataset_created"))
                .body("items[0].version", nullValue())
                .body("items[0].added", nullValue())
                .body("items[0].changed", nullValue())
                .body("items[0].removed", nullValue())
                .body("items[0].row_count", nullValue())
                .body("items[0].sha256", nullValue())
                .body("items[0].changed_fields", nullValue())
                .body("items[0].links.dataset", endsWith("/api/v1/datasets/idm"))
                .body("items[0].links.version", nullValue())
                .body("items[0].links.diff", nullValue())
                .body("items[0].links.downloads", hasSize(0));
    }

    @Test
    void filtersByDatasetAndType() throws IOException {
        assertEquals(List.of("dataset_created villages null", "version_published villages 1",
                "version_published villages 2"), all("dataset=villages", 100).stream()
                        .map(ChangeFeedTest::describe).toList());
        List<String> published = seedEvents().stream().filter(e -> e.startsWith("version_published")).toList();
        assertEquals(published, all("type=version_published", 100).stream().map(ChangeFeedTest::describe)
                .toList());
        assertEquals(List.of("version_published idm 1", "version_published idm 2"),
                all("dataset=idm&type=version_published", 100).stream().map(ChangeFeedTest::describe).toList());
        given().get("/api/v1/changes?dataset=no-such-dataset").then().statusCode(200).body("items", hasSize(0));
        given().get("/api/v1/changes?type=dataset_withdrawn").then().statusCode(200).body("items", hasSize(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 7, 29, 30})
    void pagesOfAnySizeGiveEveryEventOnceInOrder(int limit) {
        assertEquals(all("", 1000).stream().map(e -> e.path("id").asLong()).toList(),
                all("", limit).stream().map(e -> e.path("id").asLong()).toList());
    }

    @Test
    void theFeedHasNoLastPageAndItsPagesAreNeverCached() {
        List<JsonNode> events = all("", 1000);
        long last = events.get(events.size() - 1).path("id").asLong();
        Response tail = given().get("/api/v1/changes?limit=5&cursor=" + cursorAfter(last - 2));
        tail.then().statusCode(200)
                .header("Cache-Control", "no-cache")
                .header("Vary", "Accept, Accept-Encoding")
                .header("Link", containsString("rel=\"next\""))
                .body("items.id", contains((int) last - 1, (int) last))
                .body("paging.next_cursor", is(cursorAfter(last)));
        given().get("/api/v1/changes?cursor=" + cursorAfter(last)).then().statusCode(200)
                .body("items", hasSize(0))
                .body("paging.next_cursor", is(cursorAfter(last)));
        String etag = tail.header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/changes?limit=5&cursor=" + cursorAfter(last - 2))
                .then().statusCode(304).header("ETag", etag);
    }

    /** The cursor of the position after event {@code id}, as the feed gives it (the next cursor of a page). */
    private static String cursorAfter(long id) {
        return given().get("/api/v1/changes?limit=" + id).then().statusCode(200).extract()
                .path("paging.next_cursor");
    }

    @Test
    void anyAcceptOfJsonGetsThePagesAndTheIndexLinksTheFeed() {
        given().accept("*/*").get("/api/v1/changes?limit=1").then().statusCode(200)
                .contentType("application/json").body("items[0].id", is(1));
        given().get("/api/v1").then().statusCode(200).body("links.changes", endsWith("/api/v1/changes"));
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("application/json", "type=dataset_deleted", "type"),
                Arguments.of("application/json", "dataset=Villages!", "dataset"),
                Arguments.of("application/json", "cursor=not-a-cursor", "cursor"),
                Arguments.of("application/json", "limit=0", "limit"),
                Arguments.of("application/json", "sort=id", "sort"),
                Arguments.of("application/json", "format=csv", "format"),
                Arguments.of("application/json", "spreadsheet=id", "spreadsheet"),
                Arguments.of("application/json", "datset=villages", "datset"),
                Arguments.of("application/json", "type=version_published&type=dataset_created", "type"),
                Arguments.of("text/event-stream", "type=dataset_deleted", "type"),
                Arguments.of("text/event-stream", "cursor=not-a-cursor", "cursor"),
                Arguments.of("text/event-stream", "limit=5", "limit"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void badInputIsA400Problem(String accept, String query, String field) {
        given().accept(accept).get("/api/v1/changes?" + query).then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("errors[0].field", is(field));
    }

    @Test
    void aMalformedLastEventIdIsA400Problem() {
        given().accept("text/event-stream").header("Last-Event-ID", "forty-two").get("/api/v1/changes").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("Last-Event-ID"));
    }

    @Test
    void aMirrorThatReplaysTheFeedFromTheStartHasTheRowsOfTheLatestVersions() {
        Map<String, Map<String, JsonNode>> mirror = new HashMap<>();
        Map<String, Integer> latest = new HashMap<>();
        for (JsonNode event : all("type=version_published", 7)) {
            String dataset = event.path("dataset_id").asText();
            if (!List.of("villages", "idm").contains(dataset)) {
                continue;
            }
            Map<String, JsonNode> rows = mirror.computeIfAbsent(dataset, d -> new TreeMap<>());
            JsonNode links = event.path("links");
            if (links.path("diff").isNull()) {
                assertEquals(0, rows.size(), "only a first version has no diff");
                rows.putAll(download(dataset, links));
            } else {
                apply(rows, path(links.path("diff").asText()) + "&limit=50");
            }
            assertEquals(event.path("row_count").asInt(), rows.size());
            latest.put(dataset, event.path("version").asInt());
        }
        for (String dataset : List.of("villages", "idm")) {
            JsonPath version = given().get("/api/v1/datasets/" + dataset + "/versions/latest").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(version.getInt("version"), latest.get(dataset));
            Map<String, JsonNode> published = records(dataset, json(given().get("/api/v1/datasets/" + dataset
                    + "/versions/latest/download?format=json").then().statusCode(200).extract().asString()));
            assertEquals(published, mirror.get(dataset), dataset + ": the mirror has the latest version's rows");
            byte[] csv = canonicalCsv(dataset, mirror.get(dataset));
            assertEquals(new String(given().get("/api/v1/datasets/" + dataset + "/versions/latest/download?format=csv")
                    .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8),
                    new String(csv, StandardCharsets.UTF_8));
            assertEquals(version.getString("sha256"), Sha256.hex(csv), dataset + ": the SHA-256 of the mirror's"
                    + " canonical CSV is the latest version's");
        }
    }

    /**
     * The canonical CSV of a version with these rows, as the service defines it: RFC 4180 with a header of the
     * Table Schema's fields and CRLF, a cell quoted only when it must be, the records in the byte order of their
     * keys, each value as its text (empty for null).
     */
    private static byte[] canonicalCsv(String dataset, Map<String, JsonNode> rows) {
        List<String> fields = given().get("/api/v1/datasets/" + dataset).then().statusCode(200).extract().jsonPath()
                .getList("table_schema.fields.name", String.class);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        fields.forEach(schema::addColumn);
        Map<String, JsonNode> ordered = new TreeMap<>(Comparator.comparing((String key) -> key.getBytes(
                StandardCharsets.UTF_8), Arrays::compareUnsigned));
        ordered.putAll(rows);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter writer = CsvMapper.builder()
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build().writer(schema.build()).writeValues(out)) {
            for (JsonNode row : ordered.values()) {
                writer.write(fields.stream().map(f -> text(row.path(f))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
    }

    /** The records of a first version, from the JSON download its event links. */
    private static Map<String, JsonNode> download(String dataset, JsonNode links) {
        for (JsonNode download : links.path("downloads")) {
            if (download.path("format").asText().equals("json")) {
                return records(dataset, json(given().urlEncodingEnabled(false).get(path(download.path("url")
                        .asText())).then().statusCode(200).extract().asString()));
            }
        }
        throw new AssertionError("no JSON download linked: " + links);
    }

    /** Records by key (the primary-key values joined by |, as the diff names them). */
    private static Map<String, JsonNode> records(String dataset, JsonNode array) {
        List<String> key = new ArrayList<>();
        given().get("/api/v1/datasets/" + dataset).then().statusCode(200).extract().jsonPath()
                .getList("table_schema.primaryKey", String.class).forEach(key::add);
        Map<String, JsonNode> rows = new TreeMap<>();
        array.forEach(r -> rows.put(String.join("|", key.stream().map(k -> r.path(k).asText()).toList()), r));
        return rows;
    }

    /** Applies every page of a diff to the mirrored rows. */
    private static void apply(Map<String, JsonNode> rows, String url) {
        String next = url;
        while (next != null) {
            JsonNode page = json(given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract()
                    .asString());
            for (JsonNode change : page.path("items")) {
                String key = change.path("key").asText();
                switch (change.path("change").asText()) {
                    case "removed" -> assertEquals(true, rows.remove(key) != null, "removed " + key);
                    case "added", "changed" -> {
                        ObjectNode row = rows.containsKey(key) ? ((ObjectNode) rows.get(key)).deepCopy()
                                : JSON.createObjectNode();
                        assertEquals(change.path("change").asText().equals("changed"), rows.containsKey(key), key);
                        change.path("fields").forEach(f -> row.set(f.path("field").asText(), f.path("new")));
                        rows.put(key, row);
                    }
                    default -> throw new AssertionError("unknown change " + change);
                }
            }
            next = page.path("paging").path("next").isNull() ? null : path(page.path("paging").path("next").asText());
        }
    }

    /** The number of changed records of a diff by kind (added, changed, removed). */
    private static Map<String, Integer> diffCounts(String url) {
        Map<String, Integer> counts = new HashMap<>();
        given().urlEncodingEnabled(false).get(url).then().statusCode(200).body("paging.next", nullValue()).extract()
                .jsonPath().getList("items.change", String.class).forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts;
    }
}
