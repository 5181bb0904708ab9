package id.banyuwangi.opendata.audit.api.v1;

import id.banyuwangi.opendata.audit.AuditEvent;
import id.banyuwangi.opendata.common.paging.Page;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One write recorded in the audit log. */
@Schema(name = "AuditEvent", description = "One write request and how it ended.")
public record AuditEventDto(
        @Schema(examples = "42") long id,
        Instant occurredAt,
        @Schema(description = "The API key used; null when none was valid.", nullable = true,
                examples = "key_5e1f0a9b3c7d2e4f") String keyId,
        @Schema(nullable = true, examples = "Dispendukcapil upload job") String keyName,
        @Schema(description = "The client's IP address.", examples = "203.0.113.7") String clientAddress,
        @Schema(description = "Operation id of the endpoint.", examples = "publishDatasetDraft") String action,
        @Schema(examples = "POST") String method,
        @Schema(examples = "/api/v1/datasets/population/drafts/8d0f7c8e-3f5b-4d1e-9a51-0b6f3f7f1e2a/publish")
        String path,
        @Schema(description = "URL of what the write created.", nullable = true) String target,
        @Schema(examples = "201") int status,
        @Schema(enumeration = {"success", "rejected", "failed"}) String outcome,
        @Schema(description = "Why the write was rejected or failed.", nullable = true) String detail) {

    /** Example of an event in JSON. */
    public static final String EXAMPLE = """
            {"id":42,"occurred_at":"2026-11-29T05:00:00Z","key_id":"key_5e1f0a9b3c7d2e4f",\
            "key_name":"Dispendukcapil upload job","client_address":"203.0.113.7","action":"publishDatasetDraft",\
            "method":"POST","path":"/api/v1/datasets/population/drafts/8d0f7c8e-3f5b-4d1e-9a51-0b6f3f7f1e2a/publish",\
            "target":"https://example.org/api/v1/datasets/population/versions/3","status":201,"outcome":"success",\
            "detail":null}""";

    /** A page of events. */
    @Schema(name = "AuditEventPage")
    public record AuditEventPage(List<AuditEventDto> items, Page.Paging paging) {
    }

    public static AuditEventDto from(AuditEvent e) {
        return new AuditEventDto(e.id, e.occurredAt, e.keyId, e.keyName, e.clientAddress, e.action, e.method, e.path,
                e.target, e.status, e.outcome, e.detail);
    }
}
