package id.banyuwangi.opendata.ratelimit;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.vertx.redis.client.Command;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Counters shared by every replica, in Redis ({@code quarkus.redis.hosts}). One Lua script increments a client's
 * counter and, on the window's first request, sets its expiry, atomically, so that no counter is ever left without
 * one. The reactive client is used because the rate limiter runs on the HTTP event loop, which must never block.
 * This store, and with it the Redis client, is only created when {@code opendata.rate-limit.store=redis}, so that a
 * replica with the memory store starts and serves without any Redis.
 */
@ApplicationScoped
public class RedisCounterStore implements CounterStore {

    /** KEYS[1] the counter, ARGV[1] the window in milliseconds; returns the count and the milliseconds left. */
    private static final String INCREMENT = """
            local count = redis.call('INCR', KEYS[1])
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
              ttl = tonumber(ARGV[1])
            end
            return {count, ttl}
            """;

    private final ReactiveRedisDataSource redis;
    private final String keyPrefix;
    private final String windowMillis;
    private final Duration timeout;

    public RedisCounterStore(Instance<ReactiveRedisDataSource> redis, OpenDataConfig config) {
        this.redis = redis.get();
        this.keyPrefix = config.rateLimit().redisKeyPrefix();
        this.windowMillis = Long.toString(config.rateLimit().window().toMillis());
        this.timeout = config.rateLimit().redisTimeout();
    }

    @Override
    public CompletionStage<Usage> increment(String client) {
        return redis.execute(Command.EVAL, INCREMENT, "1", keyPrefix + client, windowMillis)
                .ifNoItem().after(timeout).fail()
                .map(reply -> new Usage(reply.get(0).toLong(), Duration.ofMillis(reply.get(1).toLong())))
                .subscribeAsCompletionStage();
    }
}
