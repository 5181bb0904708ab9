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
 * Marks tests that drive Debian's Chromium ({@code chromium} on the PATH, or {@code CHROMIUM_PATH}) with
 * Playwright. Where it is missing they are skipped with one line saying so; with
 * {@code OPENDATA_REQUIRE_CHROMIUM=true} (as {@code .ci/run} sets it) they fail instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    /** Skips, or fails where Chromium is required, when there is no Chromium. */
    class Condition implements ExecutionCondition {

        /** The Chromium executable: {@code CHROMIUM_PATH}, else {@code chromium} on the PATH. */
        public static Optional<Path> chromium() {
            String configured = System.getenv("CHROMIUM_PATH");
            if (configured != null && !configured.isBlank()) {
                return Optional.of(Path.of(configured)).filter(Files::isExecutable);
            }
            return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                    .map(dir -> Path.of(dir, "chromium"))
                    .filter(Files::isExecutable)
                    .findFirst();
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (chromium().isPresent()) {
                return ConditionEvaluationResult.enabled("chromium is " + chromium().get());
            }
            String reason = "Chromium (chromium, or CHROMIUM_PATH) is not installed: skipping "
                    + context.getDisplayName();
            if (Boolean.parseBoolean(System.getenv("OPENDATA_REQUIRE_CHROMIUM"))) {
                throw new IllegalStateException(reason + " is not allowed here (OPENDATA_REQUIRE_CHROMIUM=true)");
            }
            System.err.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}
