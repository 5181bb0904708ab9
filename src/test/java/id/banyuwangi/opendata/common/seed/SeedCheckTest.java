package id.banyuwangi.opendata.common.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --check-seed DIR}: a seed folder checked without serving it, through the application's own main. The check
 * points the JVM's configuration at an in-memory H2 database for good (the launcher runs in the suite's own JVM), so
 * it runs in the H2 suite only: on PostgreSQL it would move the tests after it onto H2.
 */
@QuarkusMainTest
@DisabledIfEnvironmentVariable(named = "OPENDATA_DB_KIND", matches = "postgresql",
        disabledReason = "--check-seed points this JVM at an in-memory H2 database; this suite runs on PostgreSQL")
class SeedCheckTest {

    private static final Path BOJONEGORO = Path.of("data-seed/35.22-bojonegoro");

    @Test
    void aGoodSeedPasses(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch(SeedCheck.OPTION, BOJONEGORO.toString());
        assertEquals(0, result.exitCode(), result.getErrorOutput());
        assertTrue(result.getOutput().contains("passes every check: loaded [datasets, indicators, regions, services,"
                + " sources]"), result.getOutput());
    }

    @Test
    void aFaultySeedIsRefusedWithTheFileLineAndReason(QuarkusMainLauncher launcher, @TempDir Path folder)
            throws IOException {
        try (Stream<Path> files = Files.list(BOJONEGORO)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Path villages = folder.resolve("villages.csv");
        List<String> lines = Files.readAllLines(villages);
        assertTrue(lines.get(4).startsWith("35.22.01.2004,35.22.01,Jumok,desa,"), lines.get(4));
        lines.set(4, lines.get(4).replace(",desa,", ",kelurahan,"));
        Files.write(villages, lines);

        LaunchResult result = launcher.launch(SeedCheck.OPTION, folder.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.getOutput().contains("Seed set 'regions' of " + folder + " refused: villages.csv line 5:"
                + " village 35.22.01.2004 has type kelurahan but its code says desa"), result.getOutput());
    }
}
