package id.banyuwangi.opendata.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.banyuwangi.opendata.common.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders response bodies in the API's formats with the application's JSON settings (snake_case, nulls kept).
 * CSV columns are the JSON keys of the row type, in the same order, except {@code links}; a list cell holds its
 * values separated by "; " and a nested object its JSON text.
 */
@ApplicationScoped
public class Representations {

    private static final String LINKS = "links";

    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();

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

    /** A list page as an RFC 4180 CSV attachment (UTF-8, header row, CRLF line ends). */
    public Representation csv(List<?> rows, Class<?> rowType, String filename, Page.Paging paging) {
        List<String> columns = columns(rowType);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns.forEach(schema::addColumn);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceWriter writer = csv.writer(schema.build()).writeValues(out)) {
            for (Object row : rows) {
                JsonNode node = json.valueToTree(row);
                List<String> cells = new ArrayList<>(columns.size());
                columns.forEach(c -> cells.add(cell(node.get(c))));
                writer.write(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> headers = new HashMap<>(linkHeader(paging));
        headers.put("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        return Representation.of(out.toByteArray(), Format.TEXT_CSV + "; charset=utf-8; header=present", headers);
    }

    private List<String> columns(Class<?> rowType) {
        JavaType type = json.constructType(rowType);
        List<String> names = new ArrayList<>();
        for (BeanPropertyDefinition property : json.getSerializationConfig().introspect(type).findProperties()) {
            if (!LINKS.equals(property.getName())) {
                names.add(property.getName());
            }
        }
        return names;
    }

    private String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray() && allValues(value)) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> parts.add(v.asText()));
            return String.join("; ", parts);
        }
        return value.toString();
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isValueNode()) {
                return false;
            }
        }
        return true;
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
