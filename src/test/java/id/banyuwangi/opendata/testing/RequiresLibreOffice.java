package id.banyuwangi.opendata.testing;

import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests that open files with LibreOffice ({@code soffice} on the PATH; Debian's
 * {@code libreoffice-calc-nogui}). Where it is missing they are skipped with one line saying so; with
 * {@code OPENDATA_REQUIRE_LIBREOFFICE=true} (as {@code .ci/run} sets it) they fail instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresLibreOffice.Condition.class)
public @interface RequiresLibreOffice {

    /** Skips, or fails where LibreOffice is required, when there is no {@code soffice}. */
    class Condition implements ExecutionCondition {

        /** The {@code soffice} program, if the PATH has one. */
        public static Optional<Path> soffice() {
            return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .map(dir -> Path.of(dir, "soffice"))
                    .filter(Files::isExecutable)
                    .findFirst();
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (soffice().isPresent()) {
                return ConditionEvaluationResult.enabled("soffice is " + soffice().get());
            }
            String reason = "LibreOffice (soffice) is not on the PATH: skipping " + context.getDisplayName();
            if (Boolean.parseBoolean(System.getenv("OPENDATA_REQUIRE_LIBREOFFICE"))) {
                throw new IllegalStateException(reason + " is not allowed here (OPENDATA_REQUIRE_LIBREOFFICE=true)");
            }
            System.err.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
