package id.banyuwangi.opendata.dataset.api.v1;

import com.fasterxml.jackson.databind.MappingIterator;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.RowWriter;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.VersionFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A version as an XLSX workbook, written from the version's CSV file while it is sent, a few rows in memory at a
 * time: a sheet of the records, with a bold header row that stays in view, numbers (integer, number and year fields)
 * as number cells and everything else, codes such as {@code 35.10.01.2001} included, as text cells, so that no
 * spreadsheet turns a code into a number; and a sheet with the dataset's licence, attribution and citation.
 */
@ApplicationScoped
class VersionWorkbooks {

    // fastexcel writes rows out when asked; between flushes they are held in memory.
    private static final int FLUSH_EVERY = 1000;

    private final VersionFiles files;

    VersionWorkbooks(VersionFiles files) {
        this.files = files;
    }

    /**
     * Writes the workbook of a version to {@code out}; {@code citation} is its APA citation, {@code url} its stable
     * URL and {@code service} the installation's title (the workbook's application).
     */
    void write(Dataset dataset, TableSchema schema, DatasetVersion version, String url, String citation,
            String service, OutputStream out) throws IOException {
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
        String[][] lines = {
            {"Dataset", dataset.titleEn + " / " + dataset.titleId},
            {"Version", String.valueOf(version.number())},
            {"URL", url},
            {"Publisher", dataset.publisher.nameEn},
            {"Licence", dataset.licenseTitle + " (" + dataset.licenseId + ")"},
            {"Licence URL", dataset.licenseUrl == null ? "" : dataset.licenseUrl},
            {"Attribution", dataset.attribution == null ? "" : dataset.attribution},
            {"Citation (APA)", citation.strip()},
            {"SHA-256 of the CSV", version.csvSha256()}};
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
