package id.banyuwangi.opendata.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A URL subscribed to events of the change feed, with the secret its deliveries are signed with. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    /** Whether deliveries are made. */
    public enum Status {
        ACTIVE,
        /** Too many messages in a row failed every attempt; nothing more is sent. */
        DISABLED;

        /** The name in the API and the database. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "url", nullable = false)
    public String url;

    @Column(name = "description")
    public String description;

    /** Change types, comma-separated; null for every type. */
    @Column(name = "event_types")
    public String eventTypes;

    /** Dataset ids, comma-separated; null for every dataset. */
    @Column(name = "dataset_ids")
    public String datasetIds;

    /** {@code whsec_} and the base64 of the key. */
    @Column(name = "secret", nullable = false)
    public String secret;

    /** The root URL (ending in a slash) of the links in the events sent. */
    @Column(name = "base_uri", nullable = false)
    public String baseUri;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The id of the API key that subscribed. */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The organization of the publisher key that subscribed; null for an admin key. */
    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "status", nullable = false)
    public String status;

    /** Messages in a row whose every attempt failed, since the last one acknowledged. */
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** The change types it follows; empty for every type. */
    public List<String> eventTypeList() {
        return split(eventTypes);
    }

    /** The datasets it follows; empty for every dataset. */
    public List<String> datasetIdList() {
        return split(datasetIds);
    }

    /** Whether it is sent events of this type and dataset. */
    public boolean follows(String type, String datasetId) {
        return Status.ACTIVE.code().equals(status)
                && (eventTypes == null || eventTypeList().contains(type))
                && (datasetIds == null || datasetIdList().contains(datasetId));
    }

    private static List<String> split(String list) {
        return list == null ? List.of() : Arrays.asList(list.split(","));
    }
}
