package id.banyuwangi.opendata.dataset.api.v1;

import com.fasterxml.jackson.databind.MappingIterator;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.RowWriter;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.VersionFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A version as an XLSX workbook, written once from the version's CSV file, a few rows in memory at a time, and then
 * sent as a file: a sheet of the records, with a bold header row that stays in view, numbers (integer, number and
 * year fields) as number cells and everything else, codes such as {@code 35.10.01.2001} included, as text cells, so
 * that no spreadsheet turns a code into a number; and a sheet with the dataset's licence, attribution and citation.
 * The same version, schema and licence sheet always give the same bytes (the zip's times are fixed and its creation
 * date is the version's publication), so every replica sends the file whose size and SHA-256 the portal shows.
 */
@ApplicationScoped
public class VersionWorkbooks {

    // fastexcel writes rows out when asked; between flushes they are held in memory.
    private static final int FLUSH_EVERY = 1000;
    private static final int BUFFER = 64 * 1024;
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");

    private final VersionFiles files;

    VersionWorkbooks(VersionFiles files) {
        this.files = files;
    }

    /**
     * The workbook of a version, written if this replica has not written it yet; {@code citation} is its APA
     * citation, {@code url} its stable URL and {@code service} the installation's title (the workbook's application).
     */
    public VersionFiles.DerivedFile file(Dataset dataset, TableSchema schema, DatasetVersion version, String url,
            String citation, String service) {
        String[][] lines = licence(dataset, version, url, citation);
        String inputs = Stream.concat(Stream.of(service), Stream.concat(
                schema.columns().stream().map(f -> f.name() + ":" + f.type()),
                Stream.of(lines).map(line -> line[0] + "=" + line[1]))).collect(Collectors.joining("\n"));
        String name = "v" + version.number() + "-" + version.csvSha256().substring(0, 16) + "-"
                + Sha256.hex(inputs).substring(0, 16) + ".xlsx";
        return files.derivedFile(version, name, target -> writeFixed(schema, version, lines, service, target));
    }

    private static String[][] licence(Dataset dataset, DatasetVersion version, String url, String citation) {
        return new String[][] {
            {"Dataset", dataset.titleEn + " / " + dataset.titleId},
            {"Version", String.valueOf(version.number())},
            {"URL", url},
            {"Publisher", dataset.publisher.nameEn},
            {"Licence", dataset.licenseTitle + " (" + dataset.licenseId + ")"},
            {"Licence URL", dataset.licenseUrl == null ? "" : dataset.licenseUrl},
            {"Attribution", dataset.attribution == null ? "" : dataset.attribution},
            {"Citation (APA)", citation.strip()},
            {"SHA-256 of the CSV", version.csvSha256()}};
    }

    /** Writes the workbook as fastexcel writes it, beside {@code target}, then its fixed form to {@code target}. */
    private void writeFixed(TableSchema schema, DatasetVersion version, String[][] lines, String service,
            Path target) throws IOException {
        Path written = target.resolveSibling(target.getFileName() + ".zip");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(written), BUFFER)) {
                writeWorkbook(schema, version, lines, service, out);
            }
            fix(written, target, version.publishedAt);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /**
     * Copies a workbook's zip with every entry's time fixed and the creation date of its properties set to
     * {@code created}: the only parts of fastexcel's output that differ from one writing to the next.
     */
    static void fix(Path workbook, Path target, Instant created) throws IOException {
        String date = created.truncatedTo(ChronoUnit.SECONDS).toString();
        try (ZipFile zip = new ZipFile(workbook.toFile());
                ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(target),
                        BUFFER))) {
            for (ZipEntry entry : zip.stream().toList()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(ZIP_TIME);
                out.putNextEntry(copy);
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals("docProps/core.xml")) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        out.write(CREATED.matcher(xml).replaceFirst("$1" + date + "$2")
                                .getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }

    private void writeWorkbook(TableSchema schema, DatasetVersion version, String[][] lines, String service,
            OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, service, "1.0");
        Worksheet data = workbook.newWorksheet("Data");
        try (InputStream in = Files.newInputStream(files.file(version, Format.CSV));
                MappingIterator<List<String>> rows = RowWriter.rows(in)) {
            List<String> header = rows.next();
            List<TableSchema.Field> fields = header.stream().map(schema::column).toList();
            for (int c = 0; c < header.size(); c++) {
                data.value(0, c, header.get(c));
                data.style(0, c).bold().set();
            }
            data.freezePane(0, 1);
            int r = 1;
            while (rows.hasNext()) {
                List<String> row = rows.next();
                for (int c = 0; c < row.size(); c++) {
                    cell(data, r, c, fields.get(c), row.get(c));
                }
                if (r++ % FLUSH_EVERY == 0) {
                    data.flush();
                }
            }
        }
        Worksheet about = workbook.newWorksheet("Licence");
        for (int r = 0; r < lines.length; r++) {
            about.value(r, 0, lines[r][0]);
            about.style(r, 0).bold().set();
            about.value(r, 1, lines[r][1]);
        }
        workbook.finish();
    }

    /** A number cell for the fields JSON writes as numbers, a text cell for every other value; nothing when empty. */
    private static void cell(Worksheet sheet, int row, int column, TableSchema.Field field, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (field != null && field.number()) {
            sheet.value(row, column, new BigDecimal(value));
        } else if (field != null && field.type().equals("boolean")) {
            sheet.value(row, column, Boolean.valueOf(value));
        } else {
            // Inline, not in the shared string table, which would hold every distinct value in memory to the end.
            sheet.inlineString(row, column, value);
        }
    }
}
