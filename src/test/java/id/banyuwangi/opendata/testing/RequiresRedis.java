package id.banyuwangi.opendata.testing;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks tests that need the Redis server on 127.0.0.1:6379. Where none answers, they are skipped with one line
 * saying so, so that the README's test command passes on a machine without Redis; with
 * {@code OPENDATA_REQUIRE_REDIS=true} (as {@code .ci/run} sets it) they fail instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresRedis.Condition.class)
public @interface RequiresRedis {

    /** Skips, or fails where Redis is required, when nothing accepts connections on the Redis port. */
    class Condition implements ExecutionCondition {

        private static final String HOST = "127.0.0.1";
        private static final int PORT = 6379;
        private static final int CONNECT_TIMEOUT_MILLIS = 500;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (reachable()) {
                return ConditionEvaluationResult.enabled("Redis answers on " + HOST + ":" + PORT);
            }
            String reason = "Redis is not reachable on " + HOST + ":" + PORT + ": skipping "
                    + context.getDisplayName();
            if (Boolean.parseBoolean(System.getenv("OPENDATA_REQUIRE_REDIS"))) {
                throw new IllegalStateException(reason + " is not allowed here (OPENDATA_REQUIRE_REDIS=true)");
            }
            System.err.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }

        private static boolean reachable() {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, PORT), CONNECT_TIMEOUT_MILLIS);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
