package id.banyuwangi.opendata.auth.api.v1;

import id.banyuwangi.opendata.auth.ApiKey;
import id.banyuwangi.opendata.common.paging.Page;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API key as administrators see it: never its secret, except once in {@link IssuedKeyDto}. */
@Schema(name = "ApiKey", description = "An API key (without its secret).")
public record ApiKeyDto(
        @Schema(examples = "key_5e1f0a9b3c7d2e4f") String id,
        @Schema(examples = "Dispendukcapil upload job") String name,
        @Schema(enumeration = {"admin", "publisher"}) String role,
        @Schema(description = "The organization a publisher key acts for; null for admin keys.", nullable = true,
                examples = "dispendukcapil-banyuwangi") String organization,
        Instant createdAt,
        @Schema(description = "Id of the key that created it; null for the bootstrap key.", nullable = true)
        String createdBy,
        @Schema(nullable = true) Instant expiresAt,
        @Schema(nullable = true) Instant revokedAt) {

    /** Example of a key in JSON. */
    public static final String EXAMPLE = """
            {"id":"key_5e1f0a9b3c7d2e4f","name":"Dispendukcapil upload job","role":"publisher",\
            "organization":"dispendukcapil-banyuwangi","created_at":"2026-11-29T05:00:00Z",\
            "created_by":"key_0a1b2c3d4e5f6a7b","expires_at":null,"revoked_at":null}""";

    /** A newly created key with its secret, which is shown this once. */
    @Schema(name = "IssuedApiKey")
    public record IssuedKeyDto(ApiKeyDto key,
            @Schema(description = "The key to send as Authorization: Bearer <secret>. Shown only now.",
                    examples = "odk_Jq0x3Zb7Yc1Wd5Ve9Uf2Tg6Sh0Ri4Qj8Pk3Ol7Nm1") String secret) {
    }

    /** A page of keys. */
    @Schema(name = "ApiKeyPage")
    public record ApiKeyPage(List<ApiKeyDto> items, Page.Paging paging) {
    }

    /**
     * What creates a key.
     *
     * @param organization required for a publisher key, absent for an admin key
     * @param expiresAt    when the key stops working; null for never
     */
    @Schema(name = "ApiKeyRequest")
    public record CreateRequest(
            @Schema(required = true, examples = "Dispendukcapil upload job") String name,
            @Schema(required = true, enumeration = {"admin", "publisher"}) String role,
            @Schema(nullable = true, examples = "dispendukcapil-banyuwangi") String organization,
            @Schema(nullable = true) Instant expiresAt) {
    }

    public static ApiKeyDto from(ApiKey k) {
        return new ApiKeyDto(k.id, k.name, k.role, k.organizationId, k.createdAt, k.createdBy, k.expiresAt,
                k.revokedAt);
    }
}
