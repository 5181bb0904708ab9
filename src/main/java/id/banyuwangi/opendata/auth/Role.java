package id.banyuwangi.opendata.auth;

import java.util.Locale;

/** What an API key may do: everything ({@code admin}) or publish the datasets of one organization. */
public enum Role {
    ADMIN,
    PUBLISHER;

    /** The name as stored and as the API writes it: {@code admin} or {@code publisher}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this code; throws {@link IllegalArgumentException} for any other value. */
    public static Role of(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("must be admin or publisher");
    }
}
