package id.banyuwangi.opendata.changefeed.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The change feed as writes happen: one event per change, stored cursors, and the event stream. */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class ChangeFeedWriteTest {

    private static final String V1 = "village_code,market,stalls\r\n35.10.01.2001,Pasar Sarongan,40\r\n"
            + "35.10.01.2002,Pasar Kandangan,25\r\n35.10.02.2001,Pasar Sumberagung,12\r\n";
    /** One record changed (stalls 40 to 42), one removed (Kandangan), one added (Genteng). */
    private static final String V2 = "village_code,market,stalls\r\n35.10.01.2001,Pasar Sarongan,42\r\n"
            + "35.10.02.2001,Pasar Sumberagung,12\r\n35.10.03.2002,Pasar Genteng,60\r\n";
    private static final String V3 = "village_code,market,stalls\r\n35.10.01.2001,Pasar Sarongan,43\r\n";

    @TestHTTPResource("/api/v1/changes")
    URI changes;

    private static JsonPath feed(String query) {
        return given().urlEncodingEnabled(false).get("/api/v1/changes?" + query).then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    void eachChangeAddsExactlyOneEventWithItsCountsAndLinks() {
        String id = Publishing.createMarkets();
        long before = feed("dataset=" + id).getLong("items[0].id");
        assertEquals(List.of("dataset_created"), feed("dataset=" + id).getList("items.type"));
        assertEquals(1, Publishing.publish(id, V1));
        assertEquals(2, Publishing.publish(id, V2));
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/merge-patch+json")
                .body("{\"title_en\":\"Markets of the villages\",\"description_en\":\"Markets that villages run.\"}")
                .patch("/api/v1/datasets/" + id).then().statusCode(200);
        JsonPath events = feed("dataset=" + id);
        assertEquals(List.of("dataset_created", "version_published", "version_published", "metadata_changed"),
                events.getList("items.type"));
        List<Long> ids = events.getList("items.id", Long.class);
        assertEquals(List.of(before, before + 1, before + 2, before + 3), ids, "nothing else was written meanwhile");
        given().get("/api/v1/changes?dataset=" + id + "&type=version_published").then().statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.added", contains(3, 1))
                .body("items.changed", contains(0, 1))
                .body("items.removed", contains(0, 1))
                .body("items.row_count", contains(3, 3))
                .body("items[1].links.diff", is(base() + "api/v1/datasets/" + id + "/diff?from=1&to=2"))
                .body("items[1].links.version", is(base() + "api/v1/datasets/" + id + "/versions/2"))
                .body("items[1].links.downloads.format", contains("csv", "json", "ndjson"))
                .body("items[1].sha256", is(given().get("/api/v1/datasets/" + id + "/versions/2").then()
                        .extract().<String>path("sha256")));
        given().get("/api/v1/datasets/" + id + "/diff?from=1&to=2").then().statusCode(200)
                .body("items.change", contains("changed", "removed", "added"));
        given().get("/api/v1/changes?dataset=" + id + "&type=metadata_changed").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].changed_fields", contains("title_en", "description_en"))
                .body("items[0].occurred_at", is(given().get("/api/v1/datasets/" + id).then().extract()
                        .<String>path("modified")));
    }

    @Test
    void aRefusedPublishAddsNoEvent() {
        String id = Publishing.createMarkets();
        String first = Publishing.upload(id, V1).statusCode(201).extract().path("id");
        String second = Publishing.upload(id, V2).statusCode(201).extract().path("id");
        Keys.asPublisherOf(Publishing.ORGANIZATION).post("/api/v1/datasets/" + id + "/drafts/" + first + "/publish")
                .then().statusCode(201);
        Keys.asPublisherOf(Publishing.ORGANIZATION).post("/api/v1/datasets/" + id + "/drafts/" + second + "/publish")
                .then().statusCode(409);
        assertEquals(List.of("dataset_created", "version_published"), feed("dataset=" + id).getList("items.type"));
        long last = feed("dataset=" + id).getLong("items[1].id");
        Publishing.publish(id, V3);
        assertEquals(last + 1, feed("dataset=" + id + "&type=version_published").getLong("items[1].id"),
                "the rolled-back publish left no gap");
    }

    @Test
    void aStoredCursorNeverMissesNorRepeatsAnEventWrittenBetweenPages() {
        String id = Publishing.createMarkets();
        Publishing.publish(id, V1);
        JsonPath first = feed("dataset=" + id + "&limit=1");
        String cursor = first.getString("paging.next_cursor");
        Publishing.publish(id, V2);
        JsonPath second = feed("dataset=" + id + "&limit=1&cursor=" + cursor);
        Publishing.publish(id, V3);
        JsonPath third = feed("dataset=" + id + "&limit=5&cursor=" + second.getString("paging.next_cursor"));
        List<Object> seen = new ArrayList<>(first.getList("items.id"));
        seen.addAll(second.getList("items.id"));
        seen.addAll(third.getList("items.id"));
        assertEquals(feed("dataset=" + id).getList("items.id"), seen);
        assertEquals(4, seen.size());
        JsonPath caughtUp = feed("dataset=" + id + "&cursor=" + third.getString("paging.next_cursor"));
        assertEquals(List.of(), caughtUp.getList("items"));
        assertEquals(third.getString("paging.next_cursor"), caughtUp.getString("paging.next_cursor"));
    }

    @Test
    void anEventStreamGetsEachEventWithinASecondAndResumesWithoutAGapOrARepeat() throws Exception {
        String id = Publishing.createMarkets();
        List<Event> received = new ArrayList<>();
        try (Stream stream = Stream.open(changes, "?dataset=" + id, null)) {
            assertEquals(200, stream.status);
            assertEquals("text/event-stream", stream.contentType.split(";")[0]);
            Publishing.publish(id, V1);
            Event published = stream.next(Duration.ofSeconds(1));
            assertTrue(published != null, "the event arrives within 1 s of the publish's commit");
            assertEquals("version_published", published.type());
            assertEquals(1, published.data().getInt("version"));
            assertEquals(3, published.data().getInt("added"));
            received.add(published);
        }
        Publishing.publish(id, V2);
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/merge-patch+json")
                .body("{\"title_en\":\"Markets\"}").patch("/api/v1/datasets/" + id).then().statusCode(200);
        try (Stream stream = Stream.open(changes, "?dataset=" + id, received.get(0).id())) {
            Event v2 = stream.next(Duration.ofSeconds(5));
            Event described = stream.next(Duration.ofSeconds(5));
            assertEquals("version_published", v2.type());
            assertEquals(2, v2.data().getInt("version"));
            assertEquals("metadata_changed", described.type());
            received.add(v2);
            received.add(described);
            assertNull(stream.next(Duration.ofMillis(700)), "nothing is sent twice");
            Publishing.publish(id, V3);
            Event v3 = stream.next(Duration.ofSeconds(1));
            assertEquals(3, v3.data().getInt("version"));
            received.add(v3);
        }
        List<String> expected = new ArrayList<>();
        JsonPath all = feed("dataset=" + id);
        for (int i = 1; i < all.getList("items").size(); i++) {
            expected.add(all.getString("items[" + i + "].id") + " " + all.getString("items[" + i + "].type"));
        }
        assertEquals(expected, received.stream().map(e -> e.id() + " " + e.type()).toList());
        assertEquals(all.getString("items[1].links.version"), received.get(0).data().getString("links.version"));
    }

    @Test
    void anEventStreamFromTheFirstEventReplaysTheWholeFeedInOrder() throws Exception {
        JsonPath all = feed("limit=1000");
        List<String> expected = all.getList("items.id", Long.class).stream().map(String::valueOf).toList();
        List<String> streamed = new ArrayList<>();
        try (Stream stream = Stream.open(changes, "", "0")) {
            for (int i = 0; i < expected.size(); i++) {
                streamed.add(stream.next(Duration.ofSeconds(5)).id());
            }
        }
        assertEquals(expected, streamed);
    }

    private String base() {
        return changes.resolve("/").toString();
    }

    /** One Server-Sent Event. */
    private record Event(String id, String type, JsonPath data) {
    }

    /** A client of the event stream: a thread reads its lines into events until it is closed. */
    private static final class Stream implements AutoCloseable {
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final InputStream body;
        private final int status;
        private final String contentType;

        private Stream(HttpResponse<InputStream> response) {
            this.body = response.body();
            this.status = response.statusCode();
            this.contentType = response.headers().firstValue("Content-Type").orElse("");
            Thread reader = new Thread(this::read, "sse-test-client");
            reader.setDaemon(true);
            reader.start();
        }

        static Stream open(URI feed, String query, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(feed + query))
                    .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30));
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            return new Stream(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream())
                    .get(10, TimeUnit.SECONDS));
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                Map<String, StringBuilder> fields = new HashMap<>();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (fields.containsKey("data")) {
                            events.add(new Event(text(fields, "id"), text(fields, "event"),
                                    new JsonPath(fields.get("data").toString())));
                        }
                        fields.clear();
                    } else if (!line.startsWith(":")) {
                        int colon = line.indexOf(':');
                        String name = colon < 0 ? line : line.substring(0, colon);
                        String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                        StringBuilder field = fields.get(name);
                        if (field == null) {
                            fields.put(name, new StringBuilder(value));
                        } else {
                            field.append('\n').append(value);
                        }
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // closed by the test
            }
        }

        private static String text(Map<String, StringBuilder> fields, String name) {
            return fields.containsKey(name) ? fields.get(name).toString() : null;
        }

        /** The next event, or null when none arrives within {@code wait}. */
        Event next(Duration wait) throws InterruptedException {
            return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
