package id.banyuwangi.opendata.common.seed;

import id.banyuwangi.opendata.common.hash.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.geo.Geometries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Reads the files of the regency's seed: the folder {@code opendata.seed.dir} names ({@code OPENDATA_SEED_DIR}), or
 * else the default seed that the build packages from {@code data-seed/35.10-banyuwangi/} into the application.
 */
@ApplicationScoped
public class SeedFiles {

    /** Where the packaged default seed lies on the class path. */
    static final String PACKAGED = "data-seed/35.10-banyuwangi/";

    private static final Logger LOG = Logger.getLogger(SeedFiles.class);

    private final ObjectMapper json;
    private final CsvMapper csv = new CsvMapper();
    private final Optional<Path> folder;

    public SeedFiles(ObjectMapper json, OpenDataConfig config) {
        this.json = json;
        this.folder = config.seed().dir().map(Path::of);
    }

    /** What the installation calls itself ({@code site.json}), read once. */
    @Produces
    @Singleton
    Site site() {
        return json(Site.FILE, Site.class).checked();
    }

    /** The seed's location as an operator names it: the folder, or the packaged default. */
    public String location() {
        return folder.map(Path::toString).orElse("the packaged seed " + PACKAGED);
    }

    /**
     * The rows of a CSV file with a header row, each as column name to text (empty cells are empty strings), in file
     * order; {@link #at} names a row's line for a message.
     */
    public List<Map<String, String>> csv(String file) {
        try (InputStream in = open(file);
             MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            List<Map<String, String>> read = new ArrayList<>();
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                read.add(new Row(row, rows.getParser().currentTokenLocation().getLineNr()));
            }
            return read;
        } catch (IOException e) {
            throw new SeedException("Seed file " + file + " is not valid CSV: " + e.getMessage(), e);
        }
    }

    /** Where a row of {@link #csv} stands, for a message: {@code villages.csv line 12}. */
    public static String at(String file, Map<String, String> row) {
        return row instanceof Row r ? file + " line " + r.line : file;
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

    /** A text file of the seed (its README, say) as UTF-8, or empty when the seed has no such file. */
    public Optional<String> text(String file) {
        try (InputStream in = open(file)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (SeedException missing) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SeedException("Seed file " + file + " cannot be read: " + e.getMessage(), e);
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

    /**
     * A seed file's GeoJSON geometry in RFC 7946 winding, repaired when it is invalid (the repair is logged with
     * {@code where} and what was wrong); one that cannot be repaired is a {@link SeedException}.
     */
    public static String geometry(String where, JsonNode geometry) {
        try {
            Geometries.Repair repair = Geometries.repaired(geometry.toString());
            if (repair.fault() != null) {
                LOG.infof("%s: repaired an invalid geometry (%s)", where, repair.fault());
            }
            return repair.geoJson();
        } catch (IllegalArgumentException e) {
            throw new SeedException(where + ": the geometry " + e.getMessage());
        }
    }

    /** A cell's text, trimmed, or null when the cell is empty. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private InputStream open(String file) throws IOException {
        if (folder.isPresent()) {
            Path path = folder.get().resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new SeedException("Seed file " + path + " is missing");
            }
            return Files.newInputStream(path);
        }
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(PACKAGED + file);
        if (in == null) {
            throw new SeedException("Seed file " + PACKAGED + file + " is missing from the application");
        }
        return in;
    }

    /** A CSV row that knows the line it starts on. */
    private static final class Row extends LinkedHashMap<String, String> {
        private final long line;

        Row(Map<String, String> values, long line) {
            super(values);
            this.line = line;
        }
    }
}
