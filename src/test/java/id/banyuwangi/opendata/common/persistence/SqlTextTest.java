package id.banyuwangi.opendata.common.persistence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.message.TraceSystem;
import org.junit.jupiter.api.Test;

/**
 * No value a client sends becomes SQL text: every statement the database runs while a client sends a marker word in
 * every value it controls (dataset metadata, uploaded cells, filters, ranges, {@code q}, CKAN filters, a search,
 * an Idempotency-Key) carries the marker only as a bound parameter. H2's trace of every JDBC call and statement
 * lists the parameters apart from the SQL text, which is what this reads; table and column names come from the stored table name and the checked Table
 * Schema only ({@code RecordTableTest}).
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class SqlTextTest {

    /** A line that binds a parameter, e.g. {@code prep3.setString(1, "…")}. */
    private static final Pattern PARAMETER = Pattern.compile("^/\\*\\*/\\w+\\.set\\w+\\(\\d+, .*");
    /** A statement as run: {@code /*SQL …*}{@code /SELECT … {1: '…', 2: …};}, parameters after the text. */
    private static final Pattern EXECUTED = Pattern.compile("^/\\*SQL[^*]*\\*/(.*?)( \\{1: .*)?;$", Pattern.DOTALL);

    @Inject
    DataSource dataSource;

    @Test
    void clientValuesReachTheDatabaseOnlyAsBoundParameters() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            assumeTrue(c.getMetaData().getDatabaseProductName().equals("H2"),
                    "SqlTextTest reads H2's statement trace; skipped on " + c.getMetaData().getDatabaseProductName());
        }
        String marker = "zqx" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        TraceSystem traceSystem;
        try (Connection c = dataSource.getConnection()) {
            traceSystem = ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase()
                    .getTraceSystem();
        }
        traceSystem.setSysOut(new PrintStream(trace, true, StandardCharsets.UTF_8));
        traceSystem.setLevelSystemOut(TraceSystem.DEBUG);
        try {
            sendTheMarkerEverywhere(marker);
        } finally {
            traceSystem.setLevelSystemOut(TraceSystem.OFF);
            traceSystem.setSysOut(System.out);
        }
        List<String> lines = trace.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> withMarker = lines.stream().filter(l -> l.contains(marker)).toList();
        assertTrue(withMarker.size() >= 10, "of " + lines.size() + " traced lines, the marker was in " + withMarker.size()
                + " times; the trace did not capture the requests");
        List<String> inSqlText = withMarker.stream().filter(l -> !PARAMETER.matcher(l).matches()).filter(l -> {
            var executed = EXECUTED.matcher(l);
            return !executed.matches() || executed.group(1).contains(marker);
        }).toList();
        assertEquals(List.of(), inSqlText, "client values in SQL text");
    }

    private static void sendTheMarkerEverywhere(String marker) {
        String id = Publishing.createMarkets();
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/merge-patch+json")
                .body("{\"title_en\":\"Markets " + marker + "\",\"keywords\":[\"" + marker + "\"]}")
                .patch("/api/v1/datasets/" + id).then().statusCode(200);
        String csv = "village_code,market,stalls,opened,kind\r\n35.10.01.2001,Pasar " + marker + ",12,2019-05-01,daily\r\n";
        String draft = Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("text/csv").body(csv)
                .header("Idempotency-Key", marker).queryParam("notes_id", marker).queryParam("notes_en", marker)
                .post("/api/v1/datasets/" + id + "/drafts").then().statusCode(201).extract().path("id");
        Keys.asPublisherOf(Publishing.ORGANIZATION).post("/api/v1/datasets/" + id + "/drafts/" + draft + "/publish")
                .then().statusCode(201);
        String records = "/api/v1/datasets/" + id + "/versions/1/records";
        given().queryParam("market", "Pasar " + marker).get(records).then().statusCode(200);
        given().queryParam("market", marker + "' OR '1'='1").get(records).then().statusCode(200);
        given().queryParam("village_code", marker).queryParam("kind", "daily," + marker).get(records).then()
                .statusCode(200);
        given().queryParam("q", marker).get(records).then().statusCode(200);
        given().queryParam("q", marker).get("/api/v1/datasets").then().statusCode(200);
        given().queryParam("q", marker).get("/api/v1/villages").then().statusCode(200);
        given().queryParam("q", marker).get("/api/3/action/package_search").then().statusCode(200);
        given().queryParam("resource_id", id + "-csv").queryParam("q", marker)
                .queryParam("filters", "{\"market\":\"" + marker + "\"}")
                .get("/api/3/action/datastore_search").then().statusCode(200);
    }
}
