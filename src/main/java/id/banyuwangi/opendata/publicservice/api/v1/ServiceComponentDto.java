package id.banyuwangi.opendata.publicservice.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.publicservice.ServiceComponent;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Smart Kampung component, as the API publishes it. */
@Schema(name = "ServiceComponent", description = "One of the seven components of Smart Kampung.")
public record ServiceComponentDto(
        @Schema(examples = "public_service") String code,
        @Schema(examples = "Pelayanan publik") String nameId,
        @Schema(examples = "Public services") String nameEn,
        @Schema(description = "Id of the source naming it.", examples = "PRESS_BERITADAERAH_2021_11_17")
        String source) {

    /** Example of one component in JSON. */
    public static final String EXAMPLE = """
            {"code":"public_service","name_id":"Pelayanan publik","name_en":"Public services",\
            "source":"PRESS_BERITADAERAH_2021_11_17"}""";

    /** A page of components (the shape of the JSON list response). */
    @Schema(name = "ServiceComponentPage")
    public record ServiceComponentPage(List<ServiceComponentDto> items, Page.Paging paging) {
    }

    public static ServiceComponentDto from(ServiceComponent c) {
        return new ServiceComponentDto(c.code, c.nameId, c.nameEn, c.sourceId);
    }
}
