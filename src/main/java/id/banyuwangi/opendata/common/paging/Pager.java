package id.banyuwangi.opendata.common.paging;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns {@code limit}, {@code cursor} and {@code sort} parameters into a {@link PageRequest}, and the last row of a
 * page into the next cursor. A cursor is the sort and the last row's sort values, base64url-encoded and signed with
 * an HMAC so that a tampered or foreign cursor is a 400 rather than a wrong page.
 */
@ApplicationScoped
public class Pager {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int SIGNATURE_BYTES = 16;
    private static final String CURSOR = "cursor";

    private final OpenDataConfig config;
    private final ObjectMapper json;
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public Pager(OpenDataConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.key = new SecretKeySpec(config.paging().cursorKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Parses the paging parameters of a list request; any malformed one is a 400. */
    public <E> PageRequest<E> request(PageParameters parameters, Sort<E> sorts) {
        Sort.Order<E> order = sorts.parse(parameters.sort());
        String cursor = parameters.cursor();
        return new PageRequest<>(limit(parameters.limit()), order, cursor == null ? null : decode(cursor, order));
    }

    /**
     * One page of a list: the paging parameters parsed against {@code sorts}, {@code query} run for them (it fetches
     * {@code limit + 1} rows), and the result cut to the page.
     */
    public <E> Slice<E> page(PageParameters parameters, Sort<E> sorts, Function<PageRequest<E>, List<E>> query) {
        PageRequest<E> page = request(parameters, sorts);
        return slice(query.apply(page), page);
    }

    /** Cuts a result fetched with {@code limit + 1} rows down to the page, with the cursor of the next one. */
    public <E> Slice<E> slice(List<E> rows, PageRequest<E> page) {
        if (rows.size() <= page.limit()) {
            return new Slice<>(List.copyOf(rows), page.limit(), null);
        }
        List<E> items = rows.subList(0, page.limit());
        return new Slice<>(List.copyOf(items), page.limit(), encode(page.order(), items.get(items.size() - 1)));
    }

    /** A signed opaque cursor that carries one position value of a list that is not sorted by a {@link Sort}. */
    public String token(String scope, String position) {
        ArrayNode payload = json.createArrayNode().add(scope).add(position);
        try {
            String body = ENCODER.encodeToString(json.writeValueAsBytes(payload));
            return body + "." + ENCODER.encodeToString(sign(body));
        } catch (IOException e) {
            throw new IllegalStateException("Cursor could not be encoded", e);
        }
    }

    /** The position a {@link #token} carries; a 400 when the cursor was not issued for {@code scope}. */
    public String position(String scope, String cursor) {
        int dot = cursor.indexOf('.');
        try {
            if (dot < 0 || !MessageDigest.isEqual(sign(cursor.substring(0, dot)),
                    DECODER.decode(cursor.substring(dot + 1)))) {
                throw invalidCursor();
            }
            JsonNode payload = json.readTree(DECODER.decode(cursor.substring(0, dot)));
            if (payload.isArray() && payload.size() == 2 && scope.equals(payload.get(0).asText())) {
                return payload.get(1).asText();
            }
        } catch (IllegalArgumentException | IOException e) {
            throw invalidCursor();
        }
        throw invalidCursor();
    }

    /** The page size a {@code limit} parameter asks for (the default when null); a 400 when out of range. */
    public int limit(String limit) {
        int max = config.paging().maxLimit();
        if (limit == null) {
            return config.paging().defaultLimit();
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the valid range
        }
        throw ApiException.invalidParameter("limit", "must be a whole number between 1 and " + max);
    }

    /**
     * The cursor after {@code last}: the JSON array of the sort and its values, written straight to a generator
     * (the bytes a tree of them would give) because every full page of an uncached list makes one.
     */
    private <E> String encode(Sort.Order<E> order, E last) {
        ByteArrayBuilder bytes = new ByteArrayBuilder();
        try (JsonGenerator payload = json.getFactory().createGenerator(bytes)) {
            payload.writeStartArray();
            payload.writeString(order.text());
            writeValue(payload, order.field().reader().apply(last));
            if (!order.byKey()) {
                writeValue(payload, order.key().reader().apply(last));
            }
            payload.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cursor could not be encoded", e);
        }
        String body = ENCODER.encodeToString(bytes.toByteArray());
        return body + "." + ENCODER.encodeToString(sign(body));
    }

    private void writeValue(JsonGenerator payload, Object value) throws IOException {
        if (value instanceof String text) {
            payload.writeString(text);
        } else {
            json.writeValue(payload, value);
        }
    }

    private <E> List<Object> decode(String cursor, Sort.Order<E> order) {
        int dot = cursor.indexOf('.');
        JsonNode payload;
        try {
            if (dot < 0) {
                throw invalidCursor();
            }
            String body = cursor.substring(0, dot);
            if (!MessageDigest.isEqual(sign(body), DECODER.decode(cursor.substring(dot + 1)))) {
                throw invalidCursor();
            }
            payload = json.readTree(DECODER.decode(body));
        } catch (IllegalArgumentException | IOException e) {
            throw invalidCursor();
        }
        int values = order.byKey() ? 1 : 2;
        if (!payload.isArray() || payload.size() != values + 1 || !order.text().equals(payload.get(0).asText())) {
            throw ApiException.invalidParameter(CURSOR,
                    "belongs to another sort order; use the next link of a response with sort=" + order.text());
        }
        List<Object> after = new ArrayList<>();
        after.add(value(payload.get(1), order.field().type()));
        if (!order.byKey()) {
            after.add(value(payload.get(2), order.key().type()));
        }
        return after;
    }

    private static Object value(JsonNode node, Class<?> type) {
        if (type == String.class && node.isTextual()) {
            return node.asText();
        }
        if (type == BigDecimal.class && node.isNumber()) {
            return node.decimalValue();
        }
        if (type == Double.class && node.isNumber()) {
            return node.doubleValue();
        }
        if (type == Long.class && node.canConvertToLong()) {
            return node.longValue();
        }
        if (type == Instant.class && node.isTextual()) {
            try {
                return Instant.parse(node.asText());
            } catch (DateTimeParseException e) {
                throw invalidCursor();
            }
        }
        throw invalidCursor();
    }

    private byte[] sign(String body) {
        Mac mac = macs.get();
        byte[] full = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        return Arrays.copyOf(full, SIGNATURE_BYTES);
    }

    /** A Mac per thread (a Mac is not thread-safe, and making one looks up the provider each time). */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static ApiException invalidCursor() {
        return ApiException.invalidParameter(CURSOR,
                "is not a cursor this service issued; pass the next_cursor of a previous response unchanged");
    }
}
