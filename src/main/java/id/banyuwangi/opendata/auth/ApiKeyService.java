package id.banyuwangi.opendata.auth;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.hash.Sha256;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.common.persistence.StartupLock;
import id.banyuwangi.opendata.common.seed.SeedService;
import id.banyuwangi.opendata.organization.OrganizationRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Creates, lists, revokes and checks API keys. A key is {@code odk_} and 43 characters of base64url (256 random
 * bits); it is returned once, when created, and only its SHA-256 is stored. On a fresh install the first admin key
 * comes from {@code opendata.auth.bootstrap-admin-key}, chosen by the operator: nothing ships with a default secret.
 */
@ApplicationScoped
public class ApiKeyService {

    /** A new key and its secret, which is never shown again. */
    public record IssuedKey(ApiKey key, String secret) {
    }

    /** The shape of a bearer token (RFC 6750 b64token) and the lengths a key may have. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]{32,200}=*");

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);
    private static final int SECRET_BYTES = 32;
    private static final int ID_BYTES = 8;
    private static final String BOOTSTRAP_NAME = "bootstrap administrator";

    private final ApiKeyRepository keys;
    private final OrganizationRepository organizations;
    private final Pager pager;
    private final OpenDataConfig config;
    private final StartupLock startupLock;
    private final Event<ApiKeyChanged> changed;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public ApiKeyService(ApiKeyRepository keys, OrganizationRepository organizations, Pager pager,
            OpenDataConfig config, StartupLock startupLock, Event<ApiKeyChanged> changed) {
        this.keys = keys;
        this.organizations = organizations;
        this.pager = pager;
        this.config = config;
        this.startupLock = startupLock;
        this.changed = changed;
    }

    void bootstrap(@Observes @Priority(SeedService.PRIORITY + 10) StartupEvent event) {
        Optional<String> secret = config.auth().bootstrapAdminKey();
        if (secret.isEmpty()) {
            return;
        }
        if (!TOKEN.matcher(secret.get()).matches()) {
            throw new IllegalStateException("opendata.auth.bootstrap-admin-key must be 32 to 200 characters of"
                    + " A-Z a-z 0-9 . _ ~ + / - (e.g. the output of `openssl rand -hex 32`)");
        }
        startupLock.run(() -> {
            Instant now = clock.instant();
            if (keys.anyActiveAdmin(now) || keys.bySecretHash(Sha256.hex(secret.get())).isPresent()) {
                return;
            }
            ApiKey key = newKey(BOOTSTRAP_NAME, Role.ADMIN, null, null, null, secret.get());
            keys.persist(key);
            changed.fire(new ApiKeyChanged(key.id));
            LOG.infof("Stored the bootstrap admin key as %s; create named keys with it, then revoke it", key.id);
        });
    }

    /** Creates a key; {@code organization} is required for a publisher key and not allowed for an admin key. */
    @Transactional
    public IssuedKey create(Caller creator, String name, Role role, String organization, Instant expiresAt) {
        creator.requireAdmin();
        if (role == Role.PUBLISHER && (organization == null || organizations.findByIdOptional(organization)
                .isEmpty())) {
            throw ApiException.invalidParameter("organization", "must name an existing organization for a"
                    + " publisher key");
        }
        if (role == Role.ADMIN && organization != null) {
            throw ApiException.invalidParameter("organization", "must be null for an admin key");
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            throw ApiException.invalidParameter("expires_at", "must be in the future");
        }
        String secret = "odk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(SECRET_BYTES));
        ApiKey key = newKey(name, role, organization, expiresAt, creator.keyId(), secret);
        keys.persist(key);
        changed.fire(new ApiKeyChanged(key.id));
        return new IssuedKey(key, secret);
    }

    /** One page of keys (never their secrets). */
    public Slice<ApiKey> list(Caller caller, PageParameters parameters) {
        caller.requireAdmin();
        return pager.page(parameters, ApiKeyRepository.SORT, keys::page);
    }

    /** Revokes a key from now on; revoking a revoked key changes nothing. */
    @Transactional
    public ApiKey revoke(Caller caller, String id) {
        caller.requireAdmin();
        ApiKey key = keys.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("No API key has the id '"
                + id + "'."));
        if (key.revokedAt == null) {
            key.revokedAt = clock.instant();
            changed.fire(new ApiKeyChanged(key.id));
        }
        return key;
    }

    /** The key a bearer token stands for, if it is well-formed, known, not revoked and not expired. */
    @Transactional
    public Optional<ApiKey> authenticate(String token) {
        return keys.bySecretHash(Sha256.hex(token)).filter(k -> k.activeAt(clock.instant()));
    }

    private ApiKey newKey(String name, Role role, String organization, Instant expiresAt, String createdBy,
            String secret) {
        ApiKey key = new ApiKey();
        key.id = "key_" + HexFormat.of().formatHex(bytes(ID_BYTES));
        key.name = name;
        key.role = role.code();
        key.organizationId = organization;
        key.secretSha256 = Sha256.hex(secret);
        key.createdAt = clock.instant();
        key.createdBy = createdBy;
        key.expiresAt = expiresAt;
        return key;
    }

    private byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
