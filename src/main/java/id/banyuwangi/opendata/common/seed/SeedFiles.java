package id.banyuwangi.opendata.common.seed;

import id.banyuwangi.opendata.common.hash.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

/** Reads the seed files that the build packages from {@code data-seed/} into the application. */
@ApplicationScoped
public class SeedFiles {

    private static final String ROOT = "data-seed/";

    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();

    public SeedFiles(ObjectMapper json) {
        this.json = json;
    }

    /** The rows of a CSV file with a header row, each as column name to text (empty cells are empty strings). */
    public List<Map<String, String>> csv(String file) {
        try (InputStream in = open(file);
             MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return rows.readAll();
        } catch (IOException e) {
            throw new SeedException("Seed file " + file + " is not valid CSV: " + e.getMessage(), e);
        }
    }

    /** A JSON file as a tree. */
    public JsonNode json(String file) {
        try (InputStream in = open(file)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new SeedException("Seed file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A JSON file bound to a type (snake_case keys, unknown keys refused). */
    public <T> T json(String file, Class<T> type) {
        try (InputStream in = open(file)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new SeedException("Seed file " + file + " does not have the expected shape: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of the given files' bytes, in order, as hex. */
    public String checksum(List<String> files) {
        try {
            MessageDigest digest = Sha256.digest();
            for (String file : files) {
                try (InputStream in = open(file)) {
                    digest.update(in.readAllBytes());
                }
            }
            return Sha256.hex(digest);
        } catch (IOException e) {
            throw new SeedException("Seed files could not be read: " + e.getMessage(), e);
        }
    }

    /** A cell's text, trimmed, or null when the cell is empty. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private InputStream open(String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(ROOT + file);
        if (in == null) {
            throw new SeedException("Seed file " + ROOT + file + " is missing from the application");
        }
        return in;
    }
}
