package id.banyuwangi.opendata.auth;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the current request, once {@link AuthenticationFilter} has authenticated it. */
@RequestScoped
public class CallerContext {

    private Caller caller;

    /** The authenticated caller; only call from operations marked {@link Authenticated}. */
    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("the operation is not marked @Authenticated");
        }
        return caller;
    }

    /** The caller, or null when the request was not authenticated. */
    public Caller orNull() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }
}
