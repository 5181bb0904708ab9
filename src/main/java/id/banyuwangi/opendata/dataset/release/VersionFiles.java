package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.persistence.LongReads;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.jboss.logging.Logger;

/**
 * The downloads of published versions as files under {@code <data-dir>/downloads}, written once from the database
 * and then served as they are (the kernel copies them to the socket), as a static file server would: the CSV and its
 * gzip file as soon as the replica that published the version has committed it, the other formats (and the CSV on
 * other replicas) on their first request. A version never changes, so a file never goes stale; its name carries the
 * version's SHA-256, and a file whose size is not the published one is written again. Each replica keeps its own
 * files.
 */
@ApplicationScoped
public class VersionFiles {

    private static final Logger LOG = Logger.getLogger(VersionFiles.class);
    private static final int BUFFER = 64 * 1024;

    private final VersionService versions;
    private final Path root;
    private final Map<Path, String> hashes = new ConcurrentHashMap<>();
    private final LongReads longReads;
    /**
     * One thread of its own, carrying no request's context: each file is written in a read transaction of its own
     * (outside one, the driver would read a whole version into memory), one version after another.
     */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "version-files");
        thread.setDaemon(true);
        return thread;
    });

    public VersionFiles(VersionService versions, OpenDataConfig config, LongReads longReads) {
        this.versions = versions;
        this.root = Path.of(config.dataDir(), "downloads");
        this.longReads = longReads;
    }

    /** Writes the CSV of a version just published, and its gzip file, in the background. */
    void onRelease(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleasePublished release) {
        writer.execute(() -> {
            try {
                longReads.run(() -> gzipFile(versions.version(release.datasetId(),
                        new VersionRef(false, release.version())), Format.CSV));
            } catch (RuntimeException e) {
                LOG.warnf("The CSV files of version %d of %s were not written after publishing (the first download"
                        + " writes them): %s", release.version(), release.datasetId(), e.toString());
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        writer.shutdownNow();
    }

    /** A derived file of a version: where it is, its size and its SHA-256 (hex). */
    public record DerivedFile(Path path, long bytes, String sha256) {
    }

    /** What writes a derived file of a version. */
    @FunctionalInterface
    public interface FileWriter {
        /** Writes the whole file to {@code file}, which does not exist yet. */
        void write(Path file) throws IOException;
    }

    /**
     * The gzip-compressed file of a version's download in a format, made once from {@link #file} (so from bytes whose
     * size was checked against the published one) and then served as it is.
     */
    public Path gzipFile(DatasetVersion version, Format format) {
        Path plain = file(version, format);
        return derived(version, plain.getFileName() + ".gz", partial -> {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), BUFFER)) {
                Files.copy(plain, out);
            }
        });
    }

    /**
     * The file {@link #derived} gives, with its size and SHA-256 (read once per file and run, then remembered: the
     * file never changes, since its name tells apart everything it is made of).
     */
    public DerivedFile derivedFile(DatasetVersion version, String name, FileWriter writer) {
        Path path = derived(version, name, writer);
        try {
            return new DerivedFile(path, Files.size(path), hashes.computeIfAbsent(path, Sha256::hex));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A file made from a version's files, named {@code name} beside them, that {@code writer} writes once (aside, then
     * moved into place, so that no reader sees it half written) and that is then served as it is. {@code name} must
     * tell apart everything the file is made of.
     */
    public Path derived(DatasetVersion version, String name, FileWriter writer) {
        Path file = root.resolve(version.key.datasetId()).resolve(name);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path partial = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(file.getParent());
            writer.write(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // a stray .part file is harmless: it is never served, and the next attempt writes another
            }
        }
    }

    /** The file of a version's download in a format, written from the database if it is not there yet. */
    public Path file(DatasetVersion version, Format format) {
        Path file = root.resolve(version.key.datasetId()).resolve("v" + version.number() + "-"
                + version.csvSha256().substring(0, 32) + "." + format.parameterValue());
        try {
            if (Files.isRegularFile(file) && Files.size(file) == version.bytes(format)) {
                return file;
            }
            Files.createDirectories(file.getParent());
            // Written aside and moved into place, so that a reader never sees a file that is being written.
            Path partial = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    versions.download(version, format, out);
                }
                if (Files.size(partial) != version.bytes(format)) {
                    throw new IllegalStateException("The " + format.parameterValue() + " download of "
                            + version.key + " has " + Files.size(partial) + " bytes, not the published "
                            + version.bytes(format));
                }
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
