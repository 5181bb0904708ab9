package id.banyuwangi.opendata.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading Accept-Encoding: which requests get the gzip or the Brotli variant. */
class ContentCodingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"gzip|true", "gzip, deflate, br|true", "br;q=1.0, gzip;q=0.8|true",
        "GZIP|true", "x-gzip|true", "*|true", "identity|false", "gzip;q=0|false", "gzip;q=0.0, *|false",
        "deflate, *;q=0.5|true", "br, *;q=0|false", "gzip;q=x|false", "''|false"})
    void gzipIsAcceptedWhenListedOrStarredWithAQualityAboveZero(String header, boolean accepted) {
        assertEquals(accepted, ContentCodings.acceptsGzip(header));
    }

    @org.junit.jupiter.api.Test
    void noHeaderMeansNoGzip() {
        assertEquals(false, ContentCodings.acceptsGzip(null));
        assertEquals(ContentCoding.IDENTITY, ContentCodings.preferred(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"gzip, deflate, br|BROTLI", "br|BROTLI", "BR;q=0.1|BROTLI", "*|BROTLI",
        "gzip|GZIP", "br;q=0, gzip|GZIP", "br;q=0, *|GZIP", "deflate|IDENTITY", "br;q=0, gzip;q=0|IDENTITY",
        "identity|IDENTITY"})
    void brotliIsPreferredWhereverItIsAcceptedThenGzip(String header, ContentCoding preferred) {
        assertEquals(true, ContentCoding.BROTLI.available(), "brotli4j's native library loads on this machine");
        assertEquals(preferred, ContentCodings.preferred(header));
    }
}
