package id.banyuwangi.opendata.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Typed settings of the service, under the {@code opendata.} prefix. */
@ConfigMapping(prefix = "opendata")
public interface OpenDataConfig {

    /** Directory that holds the embedded H2 database files: an absolute path or one starting with {@code ./}. */
    String dataDir();

    /**
     * The database the service runs on, chosen at run time ({@code OPENDATA_DB_KIND}): {@code h2} (embedded) or
     * {@code postgresql}. See {@code ActiveDatabase}.
     */
    String dbKind();

    /** Paging of every list endpoint. */
    Paging paging();

    /** HTTP caching of GET responses. */
    Http http();

    /** The regency's seed: what it is called and what it publishes, loaded on the first start. */
    Seed seed();

    /** Synthetic demonstration data; none is ever loaded unless switched on here. */
    Synthetic synthetic();

    /** API keys of the write operations. */
    Auth auth();

    /** Uploading and publishing new versions of datasets. */
    Publishing publishing();

    /** Rate limiting of the public API per client (an API key, else the client's IP address). */
    RateLimit rateLimit();

    /** How replicas behind one load balancer learn of each other's writes. */
    Replicas replicas();

    /** The change feed's Server-Sent Events. */
    Changes changes();

    /** Webhooks: the change feed's events sent to subscribed URLs. */
    Webhooks webhooks();

    /**
     * Webhooks: the change feed's events sent to subscribed URLs. A failed delivery is retried after
     * {@code retry-base-delay}, doubling each time up to {@code retry-max-delay}, each delay jittered by up to 20%,
     * until an attempt is made {@code retry-period} or more after the first: with the defaults 30 s, 1, 2, 4, 8, 16,
     * 32 min, 1 h 4 min, 2 h 8 min, then every 4 h, about 15 attempts over 24 h.
     */
    interface Webhooks {
        /**
         * Whether URLs whose host resolves to a loopback, private, link-local or otherwise non-public address may be
         * subscribed and sent to; only for tests, where the receiver runs on loopback.
         */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /** How often each replica looks for due messages (it also looks at once when a change commits on it). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Longest one delivery may take: connecting, sending and the receiver's answer. */
        @WithDefault("10s")
        Duration timeout();

        /** Messages a replica claims and sends at once. */
        @WithDefault("20")
        int batchSize();

        /** Delay before the first retry; each further retry waits twice as long, up to {@code retry-max-delay}. */
        @WithDefault("30s")
        Duration retryBaseDelay();

        /** Longest delay between two attempts. */
        @WithDefault("4h")
        Duration retryMaxDelay();

        /** How long a message is retried: its last attempt is the first one made this long or more after its first. */
        @WithDefault("24h")
        Duration retryPeriod();

        /** A subscription is disabled when this many of its messages in a row failed every attempt. */
        @WithDefault("3")
        int disableAfterFailures();
    }

    /** The change feed's Server-Sent Events. */
    interface Changes {
        /** How often a replica reads the feed for its connected clients (it also reads at once on a write). */
        @WithDefault("250ms")
        Duration pollInterval();

        /** How often an idle event stream gets a comment, so that proxies keep the connection open. */
        @WithDefault("15s")
        Duration heartbeat();
    }

    /** How replicas behind one load balancer learn of each other's writes. */
    interface Replicas {
        /** Where a replica announces its writes and learns of the others'. */
        enum Signal {
            /** Nowhere: a single replica, whose caches only its own writes change. */
            NONE,
            /** A change counter in Redis ({@code quarkus.redis.hosts}) that every replica polls. */
            REDIS
        }

        /** {@code none} for a single replica, {@code redis} for several. */
        @WithDefault("none")
        Signal signal();

        /** How often a replica reads the change counter; another replica's write is seen within this. */
        @WithDefault("250ms")
        Duration pollInterval();

        /**
         * While Redis does not answer: how long a cached response that can change is kept before it is rendered
         * anew (numbered versions, which never change, stay cached).
         */
        @WithDefault("5s")
        Duration fallbackTtl();

        /** The Redis key of the change counter. */
        @WithDefault("opendata:changes")
        String redisKey();

        /** How long a read or increment of the counter may take before Redis counts as unreachable. */
        @WithDefault("200ms")
        Duration redisTimeout();
    }

    /** Paging of every list endpoint. */
    interface Paging {
        /** Number of items a list returns when the request gives no {@code limit}. */
        @WithDefault("100")
        int defaultLimit();

        /** Largest {@code limit} a client may ask for; a larger one is a 400. */
        @WithDefault("1000")
        int maxLimit();

        /** Key that signs cursors so that a tampered cursor is detected (integrity, not secrecy). */
        String cursorKey();

        /** Longest a query of a dataset's records may run before it is stopped (503 problem); whole seconds. */
        @WithDefault("10s")
        Duration queryTimeout();
    }

    /** HTTP caching of GET responses. */
    interface Http {
        /** {@code max-age} in seconds of the {@code Cache-Control} header on GET responses. */
        @WithDefault("300")
        int maxAge();

        /** Upper bound in bytes of the in-memory cache of rendered GET responses. */
        @WithDefault("16777216")
        long cacheMaxBytes();

        /**
         * Upper bound in bytes of the whole exports kept as files under {@code <data-dir>/exports}, each sent from
         * its file after the first request; 0 keeps none.
         */
        @WithDefault("1073741824")
        long exportCacheMaxBytes();

        /** Longest time a download streamed from the database may take (its read transaction stays open). */
        @WithDefault("PT1H")
        Duration exportTimeout();

        /**
         * The media types the service compresses (without parameters); a body of another type is always sent as it
         * is.
         */
        Set<String> compressMediaTypes();
    }

    /** The regency's seed: what it is called and what it publishes, loaded on the first start. */
    interface Seed {
        /** Whether the seed is loaded on first start (it is never loaded twice). */
        @WithDefault("true")
        boolean enabled();

        /**
         * A regency's seed folder ({@code data-seed/35.22-bojonegoro}, say); unset, the service runs on the
         * Banyuwangi seed packaged in the application.
         */
        Optional<String> dir();
    }

    /** Synthetic demonstration data; none is ever loaded unless switched on here. */
    interface Synthetic {
        /**
         * Whether to load a deterministic synthetic set of Smart Kampung service-delivery statistics, marked
         * synthetic everywhere it appears; switching it off again removes the set on the next start.
         */
        @WithDefault("false")
        boolean deliveryStatistics();
    }

    /** API keys of the write operations. */
    interface Auth {
        /**
         * Secret of the first admin key (32 to 200 characters, e.g. {@code openssl rand -hex 32}), stored hashed at
         * start when no active admin key exists; unset by default, so no install ever has a default secret.
         */
        Optional<String> bootstrapAdminKey();
    }

    /** Uploading and publishing new versions of datasets. */
    interface Publishing {
        /** Largest CSV upload in bytes; a larger body is answered 413 without being stored. */
        @WithDefault("1073741824")
        long maxUploadBytes();

        /** Largest JSON request body in bytes (dataset descriptions, keys). */
        @WithDefault("1048576")
        long maxJsonBytes();

        /** Longest an upload (with its validation) or a publish may take before it is rolled back. */
        @WithDefault("PT30M")
        Duration transactionTimeout();
    }

    /** Rate limiting of the public API per client (an API key, else the client's IP address). */
    interface RateLimit {
        /** Whether requests are counted and limited; when off, no RateLimit headers are sent either. */
        @WithDefault("true")
        boolean enabled();

        /** Requests per window for a client without an API key, counted per IP address. */
        @WithDefault("1200")
        int anonymousRequests();

        /** Requests per window for a client that sends {@code Authorization: Bearer <key>}, counted per key. */
        @WithDefault("6000")
        int keyedRequests();

        /** Length of the fixed window, which starts at a client's first request; whole seconds, at least one. */
        @WithDefault("60s")
        Duration window();

        /** Where the counters live: {@code memory} (this replica only) or {@code redis} (shared by replicas). */
        @WithDefault("memory")
        Store store();

        /**
         * Whether to take the client address from the last {@code X-Forwarded-For} entry (the one the proxy in
         * front of the service added) instead of the connection; only behind a proxy that sets it.
         */
        @WithDefault("false")
        boolean trustForwardedFor();

        /** Prefix of the counter keys in Redis, so that several services or environments can share one server. */
        @WithDefault("opendata:rate-limit:")
        String redisKeyPrefix();

        /** How long a request waits for Redis before it is let through uncounted. */
        @WithDefault("200ms")
        Duration redisTimeout();

        /** Where the counters live. */
        enum Store {
            MEMORY,
            REDIS
        }
    }
}
