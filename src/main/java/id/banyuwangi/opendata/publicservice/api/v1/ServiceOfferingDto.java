package id.banyuwangi.opendata.publicservice.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.publicservice.ServiceOffering;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** That a village offers a service, as the API publishes it. */
@Schema(name = "ServiceOffering", description = "A village offering a service, since when, per which source.")
public record ServiceOfferingDto(
        @Schema(examples = "akta_kelahiran") String serviceCode,
        @Schema(examples = "35.10.05.2001") String villageCode,
        @Schema(description = "Current name of the village.") String villageName,
        @Schema(description = "Date from which it is offered, when known.", nullable = true) LocalDate since,
        @Schema(description = "Id of the source.") String source) {

    /** A page of offerings (the shape of the JSON list response); empty until a publisher uploads them. */
    @Schema(name = "ServiceOfferingPage")
    public record ServiceOfferingPage(List<ServiceOfferingDto> items, Page.Paging paging) {
    }

    /** An empty page, as served until offerings are published. */
    public static final String EMPTY_EXAMPLE = """
            {"items":[],"paging":{"limit":100,"next_cursor":null,"next":null,\
            "self":"https://example.org/api/v1/services/akta_kelahiran/villages"}}""";

    public static ServiceOfferingDto from(ServiceOffering o, String villageName) {
        return new ServiceOfferingDto(o.key.serviceCode(), o.key.villageCode(), villageName, o.since, o.sourceId);
    }
}
