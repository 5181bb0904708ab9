package id.banyuwangi.opendata.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Typed settings of the service, under the {@code opendata.} prefix. */
@ConfigMapping(prefix = "opendata")
public interface OpenDataConfig {

    /** Directory that holds the embedded H2 database files: an absolute path or one starting with {@code ./}. */
    String dataDir();

    /** Paging of every list endpoint. */
    Paging paging();

    /** HTTP caching of GET responses. */
    Http http();

    /** Loading of the seed data in {@code data-seed/}. */
    Seed seed();

    /** Synthetic demonstration data; none is ever loaded unless switched on here. */
    Synthetic synthetic();

    /** API keys of the write operations. */
    Auth auth();

    /** Uploading and publishing new versions of datasets. */
    Publishing publishing();

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
    }

    /** HTTP caching of GET responses. */
    interface Http {
        /** {@code max-age} in seconds of the {@code Cache-Control} header on GET responses. */
        @WithDefault("300")
        int maxAge();

        /** Upper bound in bytes of the in-memory cache of rendered GET responses. */
        @WithDefault("67108864")
        long cacheMaxBytes();
    }

    /** Loading of the seed data in {@code data-seed/}. */
    interface Seed {
        /** Whether the seed is loaded on first start (it is never loaded twice). */
        @WithDefault("true")
        boolean enabled();
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
}
