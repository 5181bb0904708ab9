package id.banyuwangi.opendata.common.http;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.hash.Sha256;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.PathPart;

/**
 * Whole exports kept as files under {@code <data-dir>/exports}, so that the same download is sent from the file
 * system the next time, as a static file server would send it. The first request writes the rows to its client and,
 * at the same time, to a file aside that is moved into place only once the export is complete; a client that goes
 * away leaves no file. The key names the export (its URL, format and dialect) and the state of the data it was read
 * from, so a file is never stale: when the data change, the key does. The directory is bounded by
 * {@code opendata.http.export-cache-max-bytes}; the files used least recently go first. Each replica keeps its own,
 * from its start on.
 */
@ApplicationScoped
class ExportFiles {

    private static final Logger LOG = Logger.getLogger(ExportFiles.class);
    private static final int BUFFER = 64 * 1024;
    private static final String SUFFIX = ".export";

    private final Path root;
    private final long maxBytes;

    ExportFiles(OpenDataConfig config) {
        this.root = Path.of(config.dataDir(), "exports");
        this.maxBytes = config.http().exportCacheMaxBytes();
    }

    /**
     * Drops the files of earlier runs: the key tells the state of the data apart only within one database, and the
     * database may have been replaced (restored, or another one configured) while the service was down.
     */
    void onStart(@Observes StartupEvent event) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warnf("The export files of an earlier run could not be removed from %s: %s", root, e.toString());
        }
    }

    /** The key of an export: the SHA-256 of what names it and of the state of its data. */
    static String key(String... parts) {
        return Sha256.hex(String.join("\n", parts));
    }

    /** The whole file of the export {@code key}, to be sent as it is, if a request wrote it in full before. */
    Optional<PathPart> find(String key) {
        Path file = root.resolve(key + SUFFIX);
        if (maxBytes <= 0 || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // the time of last use, by which the bound evicts
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(new PathPart(file, 0, Files.size(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * A stream that writes to {@code client} and to a file aside, which becomes the export {@code key}'s when
     * {@link Capture#complete} is called; {@link Capture#release} drops it otherwise.
     */
    Capture capture(String key, OutputStream client) {
        if (maxBytes <= 0) {
            return new Capture(client, null, null);
        }
        try {
            Files.createDirectories(root);
            Path partial = root.resolve(key + "." + UUID.randomUUID() + ".part");
            return new Capture(client, partial, root.resolve(key + SUFFIX));
        } catch (IOException e) {
            LOG.warnf("Exports are not kept as files (%s): %s", root, e.toString());
            return new Capture(client, null, null);
        }
    }

    /** Removes the least recently used files until the directory holds at most the bound. */
    private void trim() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.list(root)) {
            files = all.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(ExportFiles::lastModified).reversed()).toList();
        }
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
            if (total > maxBytes) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The client's stream, copied to a file that becomes the export's once it is complete. */
    final class Capture extends OutputStream {

        private final OutputStream client;
        private final Path partial;
        private final Path target;
        private OutputStream file;
        private boolean done;

        private Capture(OutputStream client, Path partial, Path target) {
            this.client = client;
            this.partial = partial;
            this.target = target;
        }

        private OutputStream file() throws IOException {
            if (file == null && partial != null) {
                file = new BufferedOutputStream(Files.newOutputStream(partial), BUFFER);
            }
            return file;
        }

        @Override
        public void write(int b) throws IOException {
            client.write(b);
            OutputStream copy = file();
            if (copy != null) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            client.write(b, off, len);
            OutputStream copy = file();
            if (copy != null) {
                copy.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            client.flush();
        }

        /** The export was written in full: its file becomes the export's. */
        void complete() {
            if (partial == null || done) {
                return;
            }
            done = true;
            try {
                file().close();
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                trim();
            } catch (IOException e) {
                LOG.warnf("An export was sent but not kept as a file: %s", e.toString());
                deletePartial();
            }
        }

        /** Drops the file unless the export was {@link #complete}d: called in any case once the export ends. */
        void release() {
            if (partial == null || done) {
                return;
            }
            done = true;
            try {
                if (file != null) {
                    file.close();
                }
            } catch (IOException e) {
                // the partial file is deleted below all the same
            }
            deletePartial();
        }

        /** Flushes the client; its stream belongs to the HTTP layer, which closes it. */
        @Override
        public void close() throws IOException {
            client.flush();
        }

        private void deletePartial() {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                LOG.warnf("A partial export file could not be removed: %s", e.toString());
            }
        }
    }
}
