package id.banyuwangi.opendata.webhook;

import id.banyuwangi.opendata.auth.Caller;
import id.banyuwangi.opendata.auth.Role;
import id.banyuwangi.opendata.changefeed.ChangeType;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.dataset.catalog.DatasetMetadataService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Subscribes URLs to the change feed's events and shows them with their delivery log. Any API key may subscribe; a
 * publisher key sees and deletes only the subscriptions of its organization, an admin key all of them.
 */
@ApplicationScoped
public class WebhookService {

    /** A new subscription and its secret, which is never shown again. */
    public record Issued(WebhookSubscription subscription, String secret) {
    }

    /**
     * What a subscription follows.
     *
     * @param url         where to send
     * @param description what it is for (may be null)
     * @param eventTypes  change types to send; null for every type
     * @param datasets    dataset ids to send the events of; null for every dataset (one not yet created may be named)
     */
    public record Subscription(String url, String description, List<String> eventTypes, List<String> datasets) {
    }

    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_DATASETS = 100;
    private static final int ID_BYTES = 8;

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookAttemptRepository attempts;
    private final Pager pager;
    private final boolean allowPrivateTargets;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    public WebhookService(WebhookSubscriptionRepository subscriptions, WebhookAttemptRepository attempts,
            Pager pager, OpenDataConfig config) {
        this.subscriptions = subscriptions;
        this.attempts = attempts;
        this.pager = pager;
        this.allowPrivateTargets = config.webhooks().allowPrivateTargets();
    }

    /** Subscribes a URL; links in the events sent to it start with {@code baseUri}. */
    @Transactional
    public Issued subscribe(Caller caller, Subscription request, String baseUri) {
        if (request.url() == null || request.url().isBlank() || request.url().length() > WebhookTarget.MAX_URL) {
            throw ApiException.invalidParameter("url", "is required, an http or https URL of at most "
                    + WebhookTarget.MAX_URL + " characters");
        }
        WebhookTarget.refusal(request.url(), allowPrivateTargets).ifPresent(reason -> {
            throw ApiException.invalidParameter("url", reason);
        });
        if (request.description() != null && request.description().length() > MAX_DESCRIPTION) {
            throw ApiException.invalidParameter("description", "is at most " + MAX_DESCRIPTION + " characters");
        }
        WebhookSubscription s = new WebhookSubscription();
        s.id = "wh_" + HexFormat.of().formatHex(bytes(ID_BYTES));
        s.url = request.url();
        s.description = request.description();
        s.eventTypes = eventTypes(request.eventTypes());
        s.datasetIds = datasets(request.datasets());
        s.secret = WebhookSignature.newSecret(random);
        s.baseUri = baseUri;
        s.createdAt = clock.instant();
        s.createdBy = caller.keyId();
        s.organizationId = caller.role() == Role.ADMIN ? null : caller.organizationId();
        s.status = WebhookSubscription.Status.ACTIVE.code();
        subscriptions.persist(s);
        return new Issued(s, s.secret);
    }

    /** One page of the subscriptions the caller may see. */
    @Transactional
    public Slice<WebhookSubscription> list(Caller caller, PageParameters parameters) {
        String organization = caller.role() == Role.ADMIN ? null : caller.organizationId();
        return pager.page(parameters, WebhookSubscriptionRepository.SORT, page -> subscriptions.page(page,
                organization));
    }

    /** A subscription the caller may see; a 404 otherwise. */
    @Transactional
    public WebhookSubscription get(Caller caller, String id) {
        return subscriptions.find(id).filter(s -> visible(caller, s)).orElseThrow(() -> ApiException.notFound(
                "No webhook subscription has the id '" + id + "'."));
    }

    /** Deletes a subscription with its pending messages and its log: nothing more is sent to it. */
    @Transactional
    public WebhookSubscription delete(Caller caller, String id) {
        WebhookSubscription subscription = get(caller, id);
        subscriptions.delete(subscription);
        return subscription;
    }

    /** One page of the delivery log of a subscription the caller may see. */
    @Transactional
    public Slice<WebhookAttempt> deliveries(Caller caller, String id, PageParameters parameters) {
        WebhookSubscription subscription = get(caller, id);
        return pager.page(parameters, WebhookAttemptRepository.SORT, page -> attempts.page(subscription.id, page));
    }

    private static boolean visible(Caller caller, WebhookSubscription subscription) {
        return caller.role() == Role.ADMIN || caller.organizationId().equals(subscription.organizationId);
    }

    private static String eventTypes(List<String> types) {
        if (types == null) {
            return null;
        }
        String valid = Arrays.stream(ChangeType.values()).map(ChangeType::code).collect(Collectors.joining(", "));
        if (types.isEmpty() || types.stream().anyMatch(t -> t == null || ChangeType.of(t).isEmpty())) {
            throw ApiException.invalidParameter("event_types", "must be null (every type) or a non-empty list of "
                    + valid);
        }
        return String.join(",", new LinkedHashSet<>(types));
    }

    private static String datasets(List<String> datasets) {
        if (datasets == null) {
            return null;
        }
        if (datasets.isEmpty() || datasets.size() > MAX_DATASETS
                || datasets.stream().anyMatch(d -> !DatasetMetadataService.isDatasetId(d))) {
            throw ApiException.invalidParameter("datasets", "must be null (every dataset) or a list of 1 to "
                    + MAX_DATASETS + " dataset ids (slugs such as villages)");
        }
        return String.join(",", new LinkedHashSet<>(datasets));
    }

    private byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
