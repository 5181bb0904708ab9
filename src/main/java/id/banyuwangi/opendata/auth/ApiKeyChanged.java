package id.banyuwangi.opendata.auth;

/** A key was created or revoked; observers act once the transaction that did it has committed. */
public record ApiKeyChanged(String keyId) {
}
