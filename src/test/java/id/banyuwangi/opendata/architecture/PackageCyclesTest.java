package id.banyuwangi.opendata.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other without cycles: where one feature needs another's, it defines the interface
 * and the other implements it.
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.banyuwangi.opendata");

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("id.banyuwangi.opendata.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyPackageIsFreeOfCycles() {
        slices().matching("id.banyuwangi.opendata.(**)").should().beFreeOfCycles().check(MAIN);
    }
}
