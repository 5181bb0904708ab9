package id.banyuwangi.opendata.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.error.ApiException;
import java.lang.reflect.Proxy;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signed cursors: a position comes back only from a cursor this service issued for the same list. */
class PagerTest {

    private static Pager pager(String key) {
        OpenDataConfig.Paging paging = (OpenDataConfig.Paging) Proxy.newProxyInstance(
                PagerTest.class.getClassLoader(), new Class<?>[] {OpenDataConfig.Paging.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "cursorKey" -> key;
                    case "defaultLimit" -> 100;
                    case "maxLimit" -> 1000;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        OpenDataConfig config = (OpenDataConfig) Proxy.newProxyInstance(PagerTest.class.getClassLoader(),
                new Class<?>[] {OpenDataConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("paging")) {
                        return paging;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new Pager(config, new ObjectMapper());
    }

    private final Pager pager = pager("test-key");

    @Test
    void aTokenCarriesItsPositionBack() {
        String cursor = pager.token("diff", "3531302e3031");
        assertEquals("3531302e3031", pager.position("diff", cursor));
    }

    @Test
    void aTokenOfAnotherListOrAnotherKeyIsRefused() {
        String cursor = pager.token("diff", "abc");
        assertThrows(ApiException.class, () -> pager.position("records", cursor));
        assertThrows(ApiException.class, () -> pager("another-key").position("diff", cursor));
        assertNotEquals(cursor, pager("another-key").token("diff", "abc"));
    }

    @Test
    void aTamperedPositionIsRefused() {
        String cursor = pager.token("diff", "abc");
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("[\"diff\",\"zzz\"]".getBytes())
                + cursor.substring(cursor.indexOf('.'));
        assertThrows(ApiException.class, () -> pager.position("diff", forged));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "abc", "abc.def", "!!!.???", "W10.AAAA"})
    void garbageIsA400NotAnError(String cursor) {
        ApiException e = assertThrows(ApiException.class, () -> pager.position("diff", cursor));
        assertEquals("cursor", e.errors().get(0).field());
    }

    @Test
    void limitsOutsideTheRangeAreRefused() {
        assertEquals(100, pager.limit(null));
        assertEquals(1000, pager.limit("1000"));
        assertThrows(ApiException.class, () -> pager.limit("0"));
        assertThrows(ApiException.class, () -> pager.limit("1001"));
        assertThrows(ApiException.class, () -> pager.limit("ten"));
    }
}
