package id.banyuwangi.opendata.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The next-page URL is the text {@code UriBuilder.replaceQueryParam("cursor", …)} makes of the request URI. */
class NextLinkTest {

    private static final String CURSOR = "WyJjb2RlIiwiMzUuMTAuMDEiXQ.q1w2e3r4t5y6u7i8o9p0aZ";

    @ParameterizedTest
    @ValueSource(strings = {
        "http://localhost:8080/api/v1/villages",
        "http://localhost:8080/api/v1/villages?",
        "http://localhost:8080/api/v1/villages?limit=2",
        "http://localhost:8080/api/v1/villages?limit=2&cursor=old.one&sort=-name",
        "http://localhost:8080/api/v1/villages?cursor=old&cursor=older",
        "http://localhost:8080/api/v1/villages?cursor",
        "http://localhost:8080/api/v1/villages?cursorx=1&xcursor=2&limit=2",
        "http://localhost:8080/api/v1/villages?q=banyu%20wangi&name=K%C3%A9camatan&flag&limit=3",
        "http://localhost:8080/api/v1/villages?a=1&&b=2&",
        "http://localhost:8080/api/v1/villages?a=x%26cursor%3D1&plus=a+b",
        "https://example.org/api/v1/datasets/x/versions/1/records?area_code=35.10.01.2001&indicator=syn_01&limit=91"
    })
    void isWhatTheUriBuilderMakes(String self) {
        String expected = UriBuilder.fromUri(URI.create(self)).replaceQueryParam("cursor", CURSOR).build().toString();
        assertEquals(expected, ApiResponses.next(self, CURSOR));
    }
}
