package id.banyuwangi.opendata.common.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import id.banyuwangi.opendata.testing.Keys;
import id.banyuwangi.opendata.testing.Publishing;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A client that accepts gzip (or Brotli) gets the cached response's gzip (or Brotli) variant, made once: the same
 * bytes as the identity response once decompressed, with an ETag of its own that revalidates, and never compressed
 * twice. The service compresses every text body itself (the HTTP layer does not, so that files go out by
 * {@code sendfile}): the portal's static text files, streamed downloads, answers for an API key; files are sent as
 * they are.
 */
@QuarkusTest
class CompressionTest {

    private static final String PATH = "/api/v1/villages?district_code=35.10.02&limit=50";

    private static RequestSpecification raw() {
        return raw(given());
    }

    private static RequestSpecification raw(RequestSpecification request) {
        return request.config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aGzipClientGetsTheSameBytesCompressedWithAnETagOfTheirOwn() throws IOException {
        Response identity = raw().header("Accept-Encoding", "identity").get(PATH);
        identity.then().statusCode(200);
        assertNull(identity.getHeader("Content-Encoding"));
        byte[] plain = identity.asByteArray();

        for (int i = 0; i < 2; i++) {
            // the first request makes the variant, the second is answered from the cache before the REST layer
            Response gzip = raw().header("Accept-Encoding", "gzip").get(PATH);
            gzip.then().statusCode(200).header("Content-Encoding", "gzip").header("Vary",
                    org.hamcrest.Matchers.containsString("Accept-Encoding"));
            assertArrayEquals(plain, gunzip(gzip.asByteArray()));
            assertNotEquals(identity.getHeader("ETag"), gzip.getHeader("ETag"));
            raw().header("Accept-Encoding", "gzip").header("If-None-Match", gzip.getHeader("ETag")).get(PATH)
                    .then().statusCode(304);
        }
        Response again = raw().header("Accept-Encoding", "identity").get(PATH);
        assertEquals(identity.getHeader("ETag"), again.getHeader("ETag"));
        assertArrayEquals(plain, again.asByteArray());
    }

    @Test
    void aBrotliClientGetsTheSameBytesInBrotliWithAnETagOfTheirOwn() throws IOException {
        Response identity = raw().header("Accept-Encoding", "identity").get(PATH);
        byte[] plain = identity.then().statusCode(200).extract().asByteArray();
        Response gzip = raw().header("Accept-Encoding", "gzip").get(PATH);
        for (int i = 0; i < 2; i++) {
            // a browser's header: Brotli wins; the first request makes the variant, the second is served from cache
            Response brotli = raw().header("Accept-Encoding", "gzip, deflate, br").get(PATH);
            brotli.then().statusCode(200).header("Content-Encoding", "br");
            DirectDecompress decoded = Decoder.decompress(brotli.asByteArray());
            assertEquals(DecoderJNI.Status.DONE, decoded.getResultStatus());
            assertArrayEquals(plain, decoded.getDecompressedData());
            assertNotEquals(identity.getHeader("ETag"), brotli.getHeader("ETag"));
            assertNotEquals(gzip.getHeader("ETag"), brotli.getHeader("ETag"));
            raw().header("Accept-Encoding", "br").header("If-None-Match", brotli.getHeader("ETag")).get(PATH)
                    .then().statusCode(304);
        }
    }

    @Test
    void thePortalsTextFilesAreSentCompressedOnceAndRevalidate() throws IOException {
        for (String path : List.of("/portal/portal.css", "/webjars/leaflet/1.9.4/dist/leaflet.js")) {
            Response identity = raw().header("Accept-Encoding", "identity").get(path);
            identity.then().statusCode(200).header("Vary", "Accept-Encoding");
            assertNull(identity.getHeader("Content-Encoding"));
            byte[] plain = identity.asByteArray();
            byte[] file;
            try (var in = getClass().getClassLoader().getResourceAsStream("META-INF/resources" + path)) {
                file = in.readAllBytes();
            }
            assertArrayEquals(file, plain, path);
            for (int i = 0; i < 2; i++) {
                Response gzip = raw().header("Accept-Encoding", "gzip").get(path);
                gzip.then().statusCode(200).header("Content-Encoding", "gzip").header("Vary", "Accept-Encoding")
                        .header("Cache-Control", identity.getHeader("Cache-Control"));
                assertArrayEquals(plain, gunzip(gzip.asByteArray()), path);
                assertTrue(gzip.asByteArray().length < plain.length / 2, path + " shrinks");
                assertNotEquals(identity.getHeader("ETag"), gzip.getHeader("ETag"));
                raw().header("Accept-Encoding", "gzip").header("If-None-Match", gzip.getHeader("ETag")).get(path)
                        .then().statusCode(304);
                Response brotli = raw().header("Accept-Encoding", "gzip, deflate, br").get(path);
                brotli.then().statusCode(200).header("Content-Encoding", "br");
                assertArrayEquals(plain, Decoder.decompress(brotli.asByteArray()).getDecompressedData(), path);
            }
        }
    }

    @Test
    void aProblemOrAnErrorPageIsCompressedWhenLongEnough() throws IOException {
        // the page for people is long; the problem document for a program is short and sent as it is
        Response page = raw().header("Accept-Encoding", "gzip").accept("text/html").get("/districts/35.10.99");
        page.then().statusCode(404).contentType("text/html").header("Content-Encoding", "gzip");
        String html = new String(gunzip(page.asByteArray()), StandardCharsets.UTF_8);
        assertTrue(html.contains("</html>"), html);
        Response problem = raw().header("Accept-Encoding", "gzip").get("/api/v1/districts/35.10.99");
        problem.then().statusCode(404).contentType("application/problem+json");
        assertNull(problem.getHeader("Content-Encoding"));
        assertTrue(problem.asString().contains("\"status\":404"), problem.asString());
    }

    @Test
    void aStreamedDownloadIsGzippedAsItIsWrittenAndItsFileSentAsItIs() throws IOException {
        // a URL of this test only: the first request streams the rows, the next ones are sent from the kept file
        String url = "/api/v1/observations/download?period=2023&format=ndjson&indicator=idm_score";
        Response streamed = raw().header("Accept-Encoding", "gzip").get(url);
        streamed.then().statusCode(200).header("Content-Encoding", "gzip");
        assertNull(streamed.getHeader("Content-Length"));
        byte[] rows = gunzip(streamed.asByteArray());

        Response file = raw().header("Accept-Encoding", "gzip").get(url);
        file.then().statusCode(200).header("Content-Length", Integer.toString(rows.length))
                .header("ETag", streamed.getHeader("ETag"));
        assertNull(file.getHeader("Content-Encoding"));
        assertArrayEquals(rows, file.asByteArray());
        assertEquals(189, new String(rows, StandardCharsets.UTF_8).lines().count(), "one line per village");
    }

    @Test
    void aResponseForAnAPIKeyIsCompressedToo() throws IOException {
        Keys.publisher(Publishing.ORGANIZATION); // the key list then holds two keys at least: long enough to gain
        for (String path : List.of("/api/v1/keys?limit=1000", "/api/v1/villages?district_code=35.10.03&limit=50")) {
            Response identity = raw(Keys.asAdmin()).header("Accept-Encoding", "identity").get(path);
            identity.then().statusCode(200);
            assertNull(identity.getHeader("Content-Encoding"));
            byte[] plain = identity.asByteArray();
            assertTrue(plain.length >= 512, path + " is long enough to be compressed: " + plain.length);
            Response gzip = raw(Keys.asAdmin()).header("Accept-Encoding", "gzip").get(path);
            gzip.then().statusCode(200).header("Content-Encoding", "gzip")
                    .header("Vary", org.hamcrest.Matchers.containsString("Accept-Encoding"));
            assertArrayEquals(plain, gunzip(gzip.asByteArray()), path);
        }
    }

    @Test
    void aVersionDownloadComesFromItsCompressedFileAndRangesFromThePlainOne() throws IOException {
        String url = "/api/v1/datasets/villages/versions/2/download?format=csv";
        Response plain = raw().header("Accept-Encoding", "identity").get(url);
        plain.then().statusCode(200);
        assertNull(plain.getHeader("Content-Encoding"));
        Response gzip = raw().header("Accept-Encoding", "gzip, br").get(url);
        gzip.then().statusCode(200).header("Content-Encoding", "gzip")
                .header("Content-Length", Integer.toString(gzip.asByteArray().length));
        assertArrayEquals(plain.asByteArray(), gunzip(gzip.asByteArray()));
        assertNotEquals(plain.getHeader("ETag"), gzip.getHeader("ETag"));
        raw().header("Accept-Encoding", "gzip").header("If-None-Match", gzip.getHeader("ETag")).get(url).then()
                .statusCode(304);

        Response range = raw().header("Accept-Encoding", "gzip").header("Range", "bytes=0-9").get(url);
        range.then().statusCode(206);
        assertNull(range.getHeader("Content-Encoding"));
        assertArrayEquals(java.util.Arrays.copyOf(plain.asByteArray(), 10), range.asByteArray());
    }
}
