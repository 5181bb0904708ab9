package id.banyuwangi.opendata.dataset.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.banyuwangi.opendata.common.hash.Sha256;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixing of fastexcel's output: two writings of the same workbook, apart in time, give the same bytes. */
class VersionWorkbooksTest {

    private static final Instant PUBLISHED = Instant.parse("2025-03-04T05:06:07.891Z");

    private static void workbook(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "Banyuwangi Open Data", "1.0");
            Worksheet sheet = workbook.newWorksheet("Data");
            sheet.value(0, 0, "code");
            sheet.inlineString(1, 0, "35.10.01.2001");
            workbook.finish();
        }
    }

    @Test
    void theSameWorkbookWrittenTwiceIsTheSameFileOnceFixed(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one.xlsx");
        Path two = dir.resolve("two.xlsx");
        workbook(one);
        Thread.sleep(5);
        workbook(two);
        assertNotEquals(Sha256.hex(one), Sha256.hex(two), "fastexcel writes the time of writing");

        VersionWorkbooks.fix(one, dir.resolve("one-fixed.xlsx"), PUBLISHED);
        VersionWorkbooks.fix(two, dir.resolve("two-fixed.xlsx"), PUBLISHED);
        assertEquals(Sha256.hex(dir.resolve("one-fixed.xlsx")), Sha256.hex(dir.resolve("two-fixed.xlsx")));

        try (ZipFile fixed = new ZipFile(dir.resolve("one-fixed.xlsx").toFile())) {
            String core = new String(fixed.getInputStream(fixed.getEntry("docProps/core.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(core.contains(">2025-03-04T05:06:07Z</dcterms:created>"), core);
            try (ZipFile original = new ZipFile(one.toFile())) {
                assertEquals(original.stream().map(ZipEntry::getName).toList(),
                        fixed.stream().map(ZipEntry::getName).toList(), "every part, in the same order");
                String sheet = "xl/worksheets/sheet1.xml";
                assertTrue(new String(fixed.getInputStream(fixed.getEntry(sheet)).readAllBytes(),
                        StandardCharsets.UTF_8).contains("35.10.01.2001"));
            }
        }
    }
}
