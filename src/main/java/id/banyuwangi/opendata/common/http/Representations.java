package id.banyuwangi.opendata.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders response bodies in the API's formats with the application's JSON settings (snake_case, nulls kept);
 * CSV and NDJSON rows are encoded by {@link RowWriter}.
 */
@ApplicationScoped
public class Representations {

    private final ObjectMapper json;

    public Representations(ObjectMapper json) {
        this.json = json;
    }

    /** Any body as JSON. */
    public Representation json(Object body) {
        return Representation.of(bytes(body), Format.JSON.mediaType(), Map.of());
    }

    /** A page as JSON, with the RFC 8288 Link header of the next page. */
    public Representation page(Page<?> page) {
        return Representation.of(bytes(page), Format.JSON.mediaType(), linkHeader(page.paging()));
    }

    /** A GeoJSON object (a Feature, or a FeatureCollection with the paging of a list). */
    public Representation geoJson(Object body, Page.Paging paging) {
        return Representation.of(bytes(body), Format.GEO_JSON, paging == null ? Map.of() : linkHeader(paging));
    }

    /** A list page as an RFC 4180 CSV attachment in a dialect. */
    public Representation csv(List<?> rows, Class<?> rowType, String filename, Page.Paging paging,
            CsvDialect dialect) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriter.csv(json, rowType, out, dialect)) {
            rows.forEach(writer::write);
        }
        Map<String, String> headers = new HashMap<>(linkHeader(paging));
        headers.put("Content-Disposition", attachment(filename));
        return Representation.of(out.toByteArray(), csvMediaType(), headers);
    }

    /** A list page as NDJSON, one item per line. */
    public Representation ndjson(List<?> rows, Page.Paging paging) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriter.ndjson(json, out)) {
            rows.forEach(writer::write);
        }
        return Representation.of(out.toByteArray(), Format.X_NDJSON, linkHeader(paging));
    }

    /** The Content-Type of CSV responses. */
    public static String csvMediaType() {
        return Format.TEXT_CSV + "; charset=utf-8; header=present";
    }

    /** The Content-Disposition of a download. */
    public static String attachment(String filename) {
        return "attachment; filename=\"" + filename + "\"";
    }

    private static Map<String, String> linkHeader(Page.Paging paging) {
        return paging.next() == null ? Map.of() : Map.of(HttpHeaders.LINK, "<" + paging.next() + ">; rel=\"next\"");
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body could not be serialised", e);
        }
    }
}
