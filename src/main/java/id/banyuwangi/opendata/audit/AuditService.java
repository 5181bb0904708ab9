package id.banyuwangi.opendata.audit;

import id.banyuwangi.opendata.auth.Caller;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/** Records every write in the audit log, whatever its outcome, and reads the log back for administrators. */
@ApplicationScoped
public class AuditService {

    private static final Logger LOG = Logger.getLogger(AuditService.class);
    private static final int MAX_DETAIL = 4000;

    private final AuditRepository events;
    private final Pager pager;
    private final ManagedExecutor workers;

    public AuditService(AuditRepository events, Pager pager, ManagedExecutor workers) {
        this.events = events;
        this.pager = pager;
        this.workers = workers;
    }

    /**
     * Records an event in its own transaction, so that a write that failed and rolled back is still recorded. If the
     * database itself is down the event is logged instead: the audit log must never turn an answer into a 500.
     * Requests refused before reaching an endpoint (e.g. a wrong Content-Type) end on the event loop, which must not
     * block: their event is stored from a worker thread.
     */
    public void record(AuditEvent event) {
        if (event.detail != null && event.detail.length() > MAX_DETAIL) {
            event.detail = event.detail.substring(0, MAX_DETAIL);
        }
        if (Context.isOnEventLoopThread()) {
            workers.execute(() -> store(event));
        } else {
            store(event);
        }
    }

    private void store(AuditEvent event) {
        try {
            QuarkusTransaction.requiringNew().run(() -> events.persist(event));
        } catch (RuntimeException e) {
            LOG.errorf("Audit event not stored (%s): %s %s by %s -> %d", cause(e), event.method, event.path,
                    event.keyId, event.status);
        }
    }

    /** The innermost cause's type and message: why the database refused, not the transaction wrapper's words. */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage())
                : e.getClass().getSimpleName() + " caused by " + root.getClass().getName() + ": " + root.getMessage();
    }

    /** One page of the log, newest first unless sorted by {@code id}; for admins only. */
    public Slice<AuditEvent> events(Caller caller, String action, String keyId, PageParameters parameters) {
        caller.requireAdmin();
        PageParameters newestFirst = parameters.sort() == null
                ? new PageParameters(parameters.limit(), parameters.cursor(), "-id") : parameters;
        return pager.page(newestFirst, AuditRepository.SORT, p -> events.page(action, keyId, p));
    }
}
