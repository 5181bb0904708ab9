package id.banyuwangi.opendata.publicservice;

import java.util.Arrays;
import java.util.Locale;

/** A way citizens reach a service. */
public enum Channel {
    ONLINE,
    VILLAGE_OFFICE,
    SMS;

    /** The channel of a value in JSON and CSV; an {@link IllegalArgumentException} for any other value. */
    public static Channel parse(String value) {
        for (Channel channel : values()) {
            if (channel.apiValue().equals(value)) {
                return channel;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a channel (" + String.join(", ",
                Arrays.stream(values()).map(Channel::apiValue).toList()) + ")");
    }

    /** The value used in JSON and CSV. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
