package id.banyuwangi.opendata.common.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import com.aayushatharva.brotli4j.decoder.DirectDecompress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A client that accepts gzip (or Brotli) gets the cached response's gzip (or Brotli) variant, made once: the same
 * bytes as the identity response once decompressed, with an ETag of its own that revalidates, and never compressed
 * twice.
 */
@QuarkusTest
class CompressionTest {

    private static final String PATH = "/api/v1/villages?district_code=35.10.02&limit=50";

    private static RequestSpecification raw() {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()));
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
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.asByteArray()))) {
                assertArrayEquals(plain, in.readAllBytes());
            }
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
    void aVersionDownloadComesFromItsCompressedFileAndRangesFromThePlainOne() throws IOException {
        String url = "/api/v1/datasets/villages/versions/2/download?format=csv";
        Response plain = raw().header("Accept-Encoding", "identity").get(url);
        plain.then().statusCode(200);
        assertNull(plain.getHeader("Content-Encoding"));
        Response gzip = raw().header("Accept-Encoding", "gzip, br").get(url);
        gzip.then().statusCode(200).header("Content-Encoding", "gzip")
                .header("Content-Length", Integer.toString(gzip.asByteArray().length));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.asByteArray()))) {
            assertArrayEquals(plain.asByteArray(), in.readAllBytes());
        }
        assertNotEquals(plain.getHeader("ETag"), gzip.getHeader("ETag"));
        raw().header("Accept-Encoding", "gzip").header("If-None-Match", gzip.getHeader("ETag")).get(url).then()
                .statusCode(304);

        Response range = raw().header("Accept-Encoding", "gzip").header("Range", "bytes=0-9").get(url);
        range.then().statusCode(206);
        assertNull(range.getHeader("Content-Encoding"));
        assertArrayEquals(java.util.Arrays.copyOf(plain.asByteArray(), 10), range.asByteArray());
    }
}
