package id.banyuwangi.opendata.auth;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemType;
import java.util.List;

/**
 * The authenticated client of a write request: the API key it presented.
 *
 * @param keyId          the key's public id
 * @param keyName        the name the key was given
 * @param role           admin or publisher
 * @param organizationId the organization of a publisher key; null for admin
 */
public record Caller(String keyId, String keyName, Role role, String organizationId) {

    /** Whether the caller may publish the datasets of {@code organization}. */
    public boolean mayPublishFor(String organization) {
        return role == Role.ADMIN || organization.equals(organizationId);
    }

    /** Throws a 403 unless the caller may publish the datasets of {@code organization}. */
    public void requirePublisherOf(String organization) {
        if (!mayPublishFor(organization)) {
            throw forbidden("Key " + keyId + " publishes for " + organizationId + ", not for " + organization + ".");
        }
    }

    /** Throws a 403 unless the caller is an administrator. */
    public void requireAdmin() {
        if (role != Role.ADMIN) {
            throw forbidden("Only an admin key may do this; key " + keyId + " is a publisher key.");
        }
    }

    private static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail, List.of());
    }
}
