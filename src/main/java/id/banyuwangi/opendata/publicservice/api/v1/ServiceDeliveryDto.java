package id.banyuwangi.opendata.publicservice.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.dataset.api.v1.ReleaseDto;
import id.banyuwangi.opendata.publicservice.ServiceDelivery;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Service-delivery statistics of one village, service and month, as the API publishes them. */
@Schema(name = "ServiceDelivery", description = "Requests for one service at one village in one month.")
public record ServiceDeliveryDto(
        @Schema(examples = "1") long id,
        @Schema(examples = "akta_kelahiran") String serviceCode,
        @Schema(examples = "35.10.01.2001") String villageCode,
        @Schema(description = "Current name of the village.") String villageName,
        @Schema(examples = "35.10.01") String districtCode,
        @Schema(description = "The month, YYYY-MM.", examples = "2024-01") String period,
        @Schema(examples = "42") int requestsReceived,
        @Schema(examples = "40") int requestsCompleted,
        @Schema(description = "Median days from request to completion.", nullable = true, examples = "2.5")
        BigDecimal medianDaysToComplete,
        @Schema(description = "Id of the source.") String source,
        @Schema(description = "True for generated demonstration figures, which are not real.") boolean synthetic,
        @Schema(description = "The dataset release that published it.") ReleaseDto release) {

    /** A page of statistics (the shape of the JSON list response). */
    @Schema(name = "ServiceDeliveryPage")
    public record ServiceDeliveryPage(List<ServiceDeliveryDto> items, Page.Paging paging) {
    }

    /** An empty page, as served until statistics are published. */
    public static final String EMPTY_EXAMPLE = """
            {"items":[],"paging":{"limit":100,"next_cursor":null,"next":null,\
            "self":"https://example.org/api/v1/services/akta_kelahiran/statistics"}}""";

    /** The public representation of a figure; {@code baseUri} ends in a slash. */
    public static ServiceDeliveryDto from(ServiceDelivery d, String villageName, String baseUri) {
        return new ServiceDeliveryDto(d.id, d.serviceCode, d.villageCode, villageName, d.districtCode, d.period,
                d.requestsReceived, d.requestsCompleted, d.medianDaysToComplete, d.sourceId, d.synthetic,
                ReleaseDto.of(d.datasetId, d.version, baseUri));
    }
}
