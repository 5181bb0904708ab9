package id.banyuwangi.opendata.changefeed.api.v1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.changefeed.ChangeEvent;
import id.banyuwangi.opendata.changefeed.ChangeFeed;
import id.banyuwangi.opendata.common.background.RoundLoop;
import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.replica.ReplicaChanged;
import id.banyuwangi.opendata.dataset.catalog.DatasetChanged;
import id.banyuwangi.opendata.dataset.release.ReleasePublished;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * The change feed as Server-Sent Events, for every client connected to this replica, from one thread that reads the
 * feed: every {@code opendata.changes.poll-interval} (250 ms), and at once when a change commits here or another
 * replica announces one ({@link ReplicaChanged}), so a client learns of an event within that interval of its commit
 * on any replica, Redis or not. The reading is bounded by the replica, not by its clients: one query of the new
 * events serves every client that is up to date; a client that resumes further back (Last-Event-ID) is caught up
 * with queries of its own, a batch at a time, until it is. Each client gets each event of its filter once, in feed
 * order, after the position it started from: the feed's ids commit in order, so reading after a position never
 * skips one. A comment every {@code opendata.changes.heartbeat} (15 s) keeps idle connections open through
 * proxies. When the replica starts to shut down, the streams are closed so that clients reconnect to another one
 * (with Last-Event-ID) instead of holding the shutdown up.
 */
@ApplicationScoped
class ChangeStream {

    private static final Logger LOG = Logger.getLogger(ChangeStream.class);
    private static final String HEARTBEAT = "keep-alive";

    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final long heartbeatMillis;
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private final RoundLoop reader;
    private boolean stopped;
    /** The position up to which the feed was read for the followers that are up to date; -1 while none follows. */
    private long head = -1;
    private long lastHeartbeat = System.currentTimeMillis();

    ChangeStream(ChangeFeed feed, ObjectMapper json, OpenDataConfig config) {
        this.feed = feed;
        this.json = json;
        this.heartbeatMillis = config.changes().heartbeat().toMillis();
        this.reader = new RoundLoop("change-feed-stream", config.changes().pollInterval(), this::deliver, LOG,
                "The change feed could not be read (%s); its event streams wait and try again",
                "The change feed is read again; its event streams go on");
    }

    /** A connected client: where its events go, which it follows and the position it has been given up to. */
    private static final class Follower {
        private final SseEventSink sink;
        private final Sse sse;
        private final String baseUri;
        private final ChangeFeed.Filter filter;
        private long position;

        private Follower(SseEventSink sink, Sse sse, String baseUri, ChangeFeed.Filter filter, long position) {
            this.sink = sink;
            this.sse = sse;
            this.baseUri = baseUri;
            this.filter = filter;
            this.position = position;
        }
    }

    /**
     * Streams the events of {@code filter} after position {@code after} to {@code sink}, with links under
     * {@code baseUri}, until the client goes away.
     */
    void follow(SseEventSink sink, Sse sse, String baseUri, ChangeFeed.Filter filter, long after) {
        synchronized (this) {
            if (stopped) {
                sink.close();
                return;
            }
            reader.start();
        }
        // read at the next round, once the response has begun: a round now could write before its headers
        followers.add(new Follower(sink, sse, baseUri, filter, after));
    }

    void onRelease(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReleasePublished release) {
        reader.wake();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetChanged change) {
        reader.wake();
    }

    void onReplicaChanged(@Observes ReplicaChanged change) {
        reader.wake();
    }

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        stop();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    private void stop() {
        synchronized (this) {
            stopped = true;
        }
        reader.stop();
        followers.forEach(f -> f.sink.close());
        followers.clear();
    }

    /** One round: new events to the followers; returns whether more are waiting to be read. */
    private boolean deliver() {
        followers.removeIf(f -> f.sink.isClosed());
        if (followers.isEmpty()) {
            head = -1;
            return false;
        }
        if (head < 0) {
            head = feed.latest();
        }
        List<ChangeEvent> fresh = feed.after(head, null, new ChangeFeed.Filter(null, null));
        long newHead = fresh.isEmpty() ? head : fresh.get(fresh.size() - 1).id;
        boolean more = fresh.size() == ChangeFeed.BATCH;
        Map<String, String> rendered = new HashMap<>();
        for (Follower follower : followers) {
            if (follower.position < head) {
                List<ChangeEvent> missed = feed.after(follower.position, head, follower.filter);
                missed.forEach(e -> send(follower, e, rendered));
                follower.position = missed.size() == ChangeFeed.BATCH ? missed.get(missed.size() - 1).id : head;
                if (follower.position < head) {
                    more = true;
                    continue;
                }
            }
            for (ChangeEvent event : fresh) {
                if (event.id > follower.position && follower.filter.matches(event)) {
                    send(follower, event, rendered);
                }
            }
            follower.position = Math.max(follower.position, newHead);
        }
        head = newHead;
        long now = System.currentTimeMillis();
        if (now - lastHeartbeat >= heartbeatMillis) {
            lastHeartbeat = now;
            followers.forEach(f -> send(f, f.sse.newEventBuilder().comment(HEARTBEAT).build()));
        }
        return more;
    }

    private void send(Follower follower, ChangeEvent event, Map<String, String> rendered) {
        String data = rendered.computeIfAbsent(follower.baseUri + " " + event.id, k -> render(event,
                follower.baseUri));
        send(follower, follower.sse.newEventBuilder().id(Long.toString(event.id)).name(event.type)
                .data(String.class, data).build());
    }

    private void send(Follower follower, OutboundSseEvent event) {
        if (follower.sink.isClosed()) {
            return;
        }
        try {
            follower.sink.send(event).whenComplete((done, failure) -> {
                if (failure != null) {
                    follower.sink.close();
                }
            });
        } catch (IllegalStateException e) {
            follower.sink.close();
        }
    }

    private String render(ChangeEvent event, String baseUri) {
        try {
            return json.writeValueAsString(ChangeEventDto.from(event, baseUri));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change event could not be serialised", e);
        }
    }
}
