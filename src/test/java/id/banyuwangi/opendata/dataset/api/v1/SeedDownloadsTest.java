package id.banyuwangi.opendata.dataset.api.v1;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import id.banyuwangi.opendata.common.hash.Sha256;

/**
 * Every download of every seed version is byte for byte what the earlier storage (one shared table of text slots)
 * served: {@code seed-downloads.tsv} was recorded from it, so moving to typed tables changed no published byte; and
 * the version advertises each download's size and SHA-256 as they are.
 */
@QuarkusTest
class SeedDownloadsTest {

    static Stream<String[]> recorded() throws IOException {
        try (InputStream in = SeedDownloadsTest.class.getResourceAsStream("/seed-downloads.tsv")) {
            List<String[]> rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).map(l -> l.split("\t")).toList();
            assertEquals(41, rows.size(), "the recording lists every download of the 13 seed versions");
            return rows.stream();
        }
    }

    @ParameterizedTest(name = "{0} v{1} {2}")
    @MethodSource("recorded")
    void aSeedDownloadIsTheBytesTheSlotStorageServed(String dataset, String version, String format, String bytes,
            String sha256) {
        byte[] body = given().get("/api/v1/datasets/" + dataset + "/versions/" + version + "/download?format="
                + format).then().statusCode(200).extract().asByteArray();
        assertEquals(Long.parseLong(bytes), body.length);
        assertEquals(sha256, HexFormat.of().formatHex(Sha256.digest().digest(body)));
        given().get("/api/v1/datasets/" + dataset + "/versions/" + version).then().statusCode(200)
                .body("downloads.find { it.format == '" + format + "' }.bytes", is(Integer.parseInt(bytes)))
                .body("downloads.find { it.format == '" + format + "' }.sha256", is(sha256));
    }
}
