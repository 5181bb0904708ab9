package id.banyuwangi.opendata.publicservice.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.dataset.api.v1.ReleaseDto;
import id.banyuwangi.opendata.publicservice.ServiceOffering;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** That a village offers a service, as the API publishes it. */
@Schema(name = "ServiceOffering", description = "A village offering a service: since when, through which channel,"
        + " with which status, per which source, from which release.")
public record ServiceOfferingDto(
        @Schema(examples = "akta_kelahiran") String serviceCode,
        @Schema(examples = "35.10.05.2001") String villageCode,
        @Schema(description = "Current name of the village.") String villageName,
        @Schema(description = "Date from which it is offered, when known.", nullable = true) LocalDate since,
        @Schema(description = "How citizens reach it there.", enumeration = {"online", "village_office", "sms"})
        String channel,
        @Schema(description = "Whether the village still offers it.", enumeration = {"active", "suspended", "ended"})
        String status,
        @Schema(description = "Id of the source.") String source,
        @Schema(description = "The dataset release that published it.") ReleaseDto release) {

    /** A page of offerings (the shape of the JSON list response); empty until a publisher uploads them. */
    @Schema(name = "ServiceOfferingPage")
    public record ServiceOfferingPage(List<ServiceOfferingDto> items, Page.Paging paging) {
    }

    /** An empty page, as served until offerings are published. */
    public static final String EMPTY_EXAMPLE = """
            {"items":[],"paging":{"limit":100,"next_cursor":null,"next":null,\
            "self":"https://example.org/api/v1/services/akta_kelahiran/villages"}}""";

    /** The public representation of an offering; {@code baseUri} ends in a slash. */
    public static ServiceOfferingDto from(ServiceOffering o, String villageName, String baseUri) {
        return new ServiceOfferingDto(o.key.serviceCode(), o.key.villageCode(), villageName, o.since, o.channel,
                o.status, o.sourceId, ReleaseDto.of(o.datasetId, o.version, baseUri));
    }
}
