package id.banyuwangi.opendata.dataset.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import id.banyuwangi.opendata.testing.WriteTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A dataset as wide as a village budget or a Podes extract: 300 fields of every type, published through the API,
 * then queried, filtered, sorted, diffed and downloaded. Each field is a typed column of the dataset's own table.
 */
@QuarkusTest
@TestProfile(WriteTestProfile.class)
class WideDatasetTest {

    private static final int FIELDS = 300;
    private static final String[] TYPES = {"string", "integer", "number", "boolean", "date", "datetime", "year"};
    private static final String LONG_NOTE = "catatan panjang ".repeat(400).trim();

    @Test
    void aDatasetOf300FieldsIsPublishedQueriedDiffedAndDownloaded() throws JsonProcessingException {
        List<String> villages = given().get("/api/v1/villages?limit=4").then().statusCode(200).extract()
                .path("items.code");
        String id = "podes-" + UUID.randomUUID().toString().substring(0, 8);
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/json").body(description(id)).post(
                "/api/v1/datasets").then().statusCode(201);

        Publishing.publish(id, csv(IntStream.rangeClosed(1, 40).boxed().toList(), villages, List.of()));
        // version 2: rows 39 and 40 removed, 41 to 44 added, rows 3, 5 and 7 changed in one field each
        Publishing.publish(id, csv(IntStream.rangeClosed(1, 44).filter(r -> r != 39 && r != 40).boxed().toList(),
                villages, List.of(3, 5, 7)));

        String records = "/api/v1/datasets/" + id + "/versions/2/records";
        JsonPath row = given().get(records + "?row_id=5").then().statusCode(200).body("items", hasSize(1))
                .extract().jsonPath();
        Map<String, Object> five = row.getMap("items[0]");
        assertEquals(FIELDS, five.size());
        assertEquals(LONG_NOTE, five.get("note"));
        assertEquals("changed 5", five.get("f4"));
        assertEquals(false, five.get(fieldOfType("boolean")));
        assertEquals("2024-05-01T03:05:00Z", five.get(fieldOfType("datetime")));

        given().get(records + "?village_code=" + villages.get(1) + "&limit=100").then().statusCode(200)
                .body("items.row_id", containsInAnyOrder(2, 6, 10, 14, 18, 22, 26, 30, 34, 38, 42));
        given().get(records + "?" + fieldOfType("integer") + "_min=20000&" + fieldOfType("integer")
                + "_max=22999").then().statusCode(200).body("items.row_id", contains(20, 21, 22));
        given().get(records + "?row_id=3,5,39").then().statusCode(200).body("items.row_id", contains(3, 5));
        given().get(records + "?f4=v7_4,v8_4").then().statusCode(200).body("items.row_id", contains(8));
        given().get(records + "?q=changed").then().statusCode(200).body("items.row_id", contains(3, 5, 7));
        given().get(records + "?sort=-score&limit=3&fields=row_id,score").then().statusCode(200)
                .body("items.row_id", contains(44, 43, 42)).body("items[0].size()", is(2));
        walkEveryRowOnce(records + "?sort=score&limit=7", 42);

        given().get("/api/v1/datasets/" + id + "/diff?from=1&to=2&limit=100").then().statusCode(200)
                .body("items.findAll { it.change == 'added' }.key", contains("41", "42", "43", "44"))
                .body("items.findAll { it.change == 'removed' }.key", contains("39", "40"))
                .body("items.findAll { it.change == 'changed' }.key", contains("3", "5", "7"))
                .body("items.find { it.key == '5' }.fields.field", contains("f4"))
                .body("items.find { it.key == '5' }.fields[0].old", is("v5_4"))
                .body("items.find { it.key == '5' }.fields[0].new", is("changed 5"));

        JsonPath version = given().get("/api/v1/datasets/" + id + "/versions/2").then().statusCode(200)
                .body("row_count", is(42)).extract().jsonPath();
        byte[] download = given().get("/api/v1/datasets/" + id + "/versions/2/download?format=csv").then()
                .statusCode(200).extract().asByteArray();
        assertEquals(version.getString("sha256"), HexFormat.of().formatHex(Sha256.digest().digest(download)));
        String header = new String(download, 0, 4000, StandardCharsets.UTF_8).lines().findFirst()
                .orElseThrow();
        assertEquals(FIELDS, header.split(",").length);

        // the long notes cannot be indexed: making the field filterable is refused, and nothing changes
        String tableSchema = new ObjectMapper().readTree(given().get("/api/v1/datasets/" + id).then()
                .statusCode(200).extract().asString()).get("table_schema").toString();
        String filterable = tableSchema.replace("\"filterable\":false", "\"filterable\":true");
        assertNotEquals(tableSchema, filterable);
        Keys.asPublisherOf(Publishing.ORGANIZATION).contentType("application/merge-patch+json")
                .body("{\"table_schema\":" + filterable + "}").patch("/api/v1/datasets/" + id).then()
                .statusCode(409).body("detail", containsString("Field 'note' holds values of up to "
                        + LONG_NOTE.length() + " bytes"));
        given().get("/api/v1/datasets/" + id).then().body("table_schema.fields[3].filterable", is(false));
    }

    private static void walkEveryRowOnce(String first, int rows) {
        List<Integer> seen = new ArrayList<>();
        String next = first;
        while (next != null) {
            JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.row_id", Integer.class));
            next = page.getString("paging.next");
        }
        assertEquals(rows, seen.size());
        assertEquals(rows, seen.stream().distinct().count());
    }

    /** The name of the first field after f4 of this type (the fields cycle through the types). */
    private static String fieldOfType(String type) {
        for (int i = 5; i < FIELDS; i++) {
            if (TYPES[i % TYPES.length].equals(type)) {
                return "f" + i;
            }
        }
        throw new IllegalArgumentException(type);
    }

    private static String description(String id) {
        StringBuilder fields = new StringBuilder("""
                {"name":"row_id","type":"integer","constraints":{"required":true}},
                {"name":"village_code","type":"string","constraints":{"required":true}},
                {"name":"score","type":"number","constraints":{"required":true}},
                {"name":"note","type":"string","filterable":false},
                {"name":"f4","type":"string"}""");
        for (int i = 5; i < FIELDS; i++) {
            fields.append(",\n{\"name\":\"f").append(i).append("\",\"type\":\"").append(TYPES[i % TYPES.length])
                    .append("\"}");
        }
        return Publishing.marketsDescription(id).replaceAll("(?s)\"table_schema\":.*", "\"table_schema\":{\"fields\":["
                + fields + "],\"primaryKey\":[\"row_id\"],\"foreignKeys\":[{\"fields\":\"village_code\","
                + "\"reference\":{\"resource\":\"regions\",\"fields\":\"code\"}}]}}");
    }

    private static String csv(List<Integer> rows, List<String> villages, List<Integer> changed) {
        StringBuilder csv = new StringBuilder("row_id,village_code,score,note,f4");
        for (int i = 5; i < FIELDS; i++) {
            csv.append(",f").append(i);
        }
        csv.append("\r\n");
        for (int row : rows) {
            csv.append(row).append(',').append(villages.get((row - 1) % villages.size())).append(',')
                    .append(row).append(".50,\"").append(LONG_NOTE).append("\",")
                    .append(changed.contains(row) ? "changed " + row : "v" + row + "_4");
            for (int i = 5; i < FIELDS; i++) {
                csv.append(',').append(value(TYPES[i % TYPES.length], row, i));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String value(String type, int row, int field) {
        return switch (type) {
            case "integer" -> Integer.toString(row * 1000 + field);
            case "number" -> row + "." + field + "0";
            case "boolean" -> (row + field) % 2 == 0 ? "true" : "false";
            case "date" -> String.format("2024-01-%02d", row % 28 + 1);
            case "datetime" -> String.format("2024-05-01T10:%02d:00+07:00", row % 60);
            case "year" -> Integer.toString(2000 + row % 30);
            default -> "v" + row + "_" + field;
        };
    }
}
