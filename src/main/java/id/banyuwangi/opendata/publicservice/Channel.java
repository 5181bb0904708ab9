package id.banyuwangi.opendata.publicservice;

import java.util.Locale;

/** A way citizens reach a service. */
public enum Channel {
    ONLINE,
    VILLAGE_OFFICE,
    SMS;

    /** The value used in JSON and CSV. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
