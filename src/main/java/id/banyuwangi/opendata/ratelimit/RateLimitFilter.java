package id.banyuwangi.opendata.ratelimit;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.error.ProblemRenderer;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.common.http.ActiveKeys;
import id.banyuwangi.opendata.ratelimit.CounterStore.Usage;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Limits how many requests each {@link Client} may make per fixed window, and tells every client where it stands
 * with the {@code RateLimit-Policy} and {@code RateLimit} fields of the IETF draft "RateLimit header fields for HTTP"
 * (<a href="https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/11/">
 * draft-ietf-httpapi-ratelimit-headers-11</a>, sections 3 and 4), e.g.
 * {@code RateLimit-Policy: "anonymous";q=1200;w=60} and {@code RateLimit: "anonymous";r=1199;t=42}. A request
 * over the quota gets a 429 problem with {@code Retry-After}, rendered by {@link ProblemRenderer}. Operational
 * endpoints under {@code /q/} and CORS preflights are not counted.
 *
 * <p>It runs before {@code CachedResponseFilter}, so that answers from the response cache count too. When the
 * counter store fails or does not answer in time (Redis down or slow), the request is let through uncounted, with
 * only the {@code RateLimit-Policy} header, and a warning is logged at most once a minute: the limiter is there to
 * protect the public API, and an outage of its counters must not take that API down with it.
 */
@ApplicationScoped
public class RateLimitFilter {

    /** Above {@code CachedResponseFilter}'s 100, because Quarkus runs the filters of higher priority first. */
    private static final int PRIORITY = 200;
    private static final String OPERATIONAL_PATHS = "/q/";
    private static final String POLICY = "RateLimit-Policy";
    private static final String LIMIT = "RateLimit";
    private static final long WARNING_INTERVAL_MILLIS = 60_000;
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final OpenDataConfig.RateLimit settings;
    private final ProblemRenderer problems;
    private final CounterStore store;
    private final Quota anonymous;
    private final Quota keyed;
    private final ActiveKeys keys;
    private final AtomicLong nextWarning = new AtomicLong();

    public RateLimitFilter(OpenDataConfig config, ProblemRenderer problems, MemoryCounterStore memory,
            Instance<RedisCounterStore> redis, ActiveKeys keys) {
        this.settings = config.rateLimit();
        if (settings.window().toSeconds() < 1) {
            throw new IllegalStateException("opendata.rate-limit.window must be at least one second, the unit in"
                    + " which RateLimit-Policy states it");
        }
        this.problems = problems;
        this.keys = keys;
        this.store = settings.store() == OpenDataConfig.RateLimit.Store.REDIS ? redis.get() : memory;
        this.anonymous = Quota.of("anonymous", settings.anonymousRequests(), settings.window());
        this.keyed = Quota.of("api-key", settings.keyedRequests(), settings.window());
    }

    void register(@Observes Filters filters) {
        if (settings.enabled()) {
            filters.register(this::limit, PRIORITY);
        }
    }

    private void limit(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.path().startsWith(OPERATIONAL_PATHS) || isPreflight(request)) {
            context.next();
            return;
        }
        Client client = Client.of(request, settings.trustForwardedFor(), keys);
        Quota quota = client.keyed() ? keyed : anonymous;
        Context requestContext = Vertx.currentContext();
        CompletableFuture<Usage> counted = store.increment(client.id()).toCompletableFuture();
        // While Redis answers, no handler reads the request body yet, and Vert.x would drop what arrives of it.
        boolean waiting = !counted.isDone();
        if (waiting) {
            request.pause();
        }
        counted.whenComplete((usage, failure) -> onContext(requestContext, () -> {
            if (waiting) {
                request.resume();
            }
            if (failure == null) {
                admit(context, quota, usage);
            } else {
                failOpen(context, quota, failure);
            }
        }));
    }

    private void admit(RoutingContext context, Quota quota, Usage usage) {
        long reset = Math.max(1, (usage.untilReset().toMillis() + 999) / 1000);
        context.response()
                .putHeader(POLICY, quota.policy())
                .putHeader(LIMIT, quota.state(Math.max(0, quota.requests() - usage.requests()), reset));
        if (usage.requests() <= quota.requests()) {
            context.next();
            return;
        }
        String detail = "This client has made more than " + quota.requests() + " requests in "
                + settings.window().toSeconds() + " seconds; retry after " + reset + " seconds.";
        context.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(reset));
        problems.send(context, ProblemType.TOO_MANY_REQUESTS, detail, context.request().path());
    }

    private void failOpen(RoutingContext context, Quota quota, Throwable failure) {
        long now = System.currentTimeMillis();
        long next = nextWarning.get();
        if (now >= next && nextWarning.compareAndSet(next, now + WARNING_INTERVAL_MILLIS)) {
            LOG.warnf("Rate limiting is not enforced: the Redis counter store failed (%s); requests go through"
                    + " uncounted. This warning repeats at most once a minute.", failure);
        }
        context.response().putHeader(POLICY, quota.policy());
        context.next();
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ORIGIN) != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }

    /**
     * Runs {@code task} on the request's Vert.x context: a Redis reply or a timeout may arrive on another thread,
     * and a routing context must only be used from its own.
     */
    private static void onContext(Context context, Runnable task) {
        if (Vertx.currentContext() == context) {
            task.run();
        } else {
            context.runOnContext(ignored -> task.run());
        }
    }

    /** A quota policy: its name, its quota per window, and its {@code RateLimit-Policy} item. */
    private record Quota(String name, long requests, String policy) {

        static Quota of(String name, long requests, Duration window) {
            return new Quota(name, requests, "\"" + name + "\";q=" + requests + ";w=" + window.toSeconds());
        }

        /** The {@code RateLimit} item: the requests left ({@code r}) and the seconds until the window ends. */
        String state(long remaining, long resetSeconds) {
            return "\"" + name + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }
}
