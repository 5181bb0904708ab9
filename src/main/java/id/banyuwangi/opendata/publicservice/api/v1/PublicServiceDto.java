package id.banyuwangi.opendata.publicservice.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.dataset.api.v1.ReleaseDto;
import id.banyuwangi.opendata.publicservice.PublicService;
import id.banyuwangi.opendata.publicservice.PublicServiceService.StatisticsStatus;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Smart Kampung service, as the API publishes it. */
@Schema(name = "PublicService", description = "A service of the Smart Kampung catalogue, as the sources name it.")
public record PublicServiceDto(
        @Schema(examples = "akta_kelahiran") String code,
        @Schema(examples = "Akta kelahiran") String nameId,
        @Schema(examples = "Birth certificate") String nameEn,
        String descriptionId,
        String descriptionEn,
        @Schema(description = "The Smart Kampung component it belongs to.") ServiceComponentDto component,
        @Schema(description = "How citizens reach it (online, village_office, sms), as the sources describe it.")
        List<String> channels,
        @Schema(description = "Id of the source naming it.", examples = "PRESS_RADIOBINTANG_2016_06_12") String source,
        @Schema(description = "none: no delivery statistics published yet; published: real figures from a regency"
                + " office; synthetic: generated demonstration figures, not real.",
                enumeration = {"none", "published", "synthetic"}) String statistics,
        @Schema(description = "The dataset release that published it.") ReleaseDto release,
        Links links) {

    /** Example of one service in JSON. */
    public static final String EXAMPLE = """
            {"code":"akta_kelahiran","name_id":"Akta kelahiran","name_en":"Birth certificate",\
            "description_id":"Pengurusan akta kelahiran melalui kantor desa Smart Kampung.",\
            "description_en":"Birth certificate applications through a Smart Kampung village office.",\
            "component":{"code":"public_service","name_id":"Pelayanan publik","name_en":"Public services",\
            "source":"PRESS_BERITADAERAH_2021_11_17"},"channels":["village_office"],\
            "source":"PRESS_RADIOBINTANG_2016_06_12","statistics":"none",\
            "release":{"dataset":"smart-kampung-services","version":1,\
            "url":"https://example.org/api/v1/datasets/smart-kampung-services/versions/1"},\
            "links":{"self":"https://example.org/api/v1/services/akta_kelahiran",\
            "villages":"https://example.org/api/v1/services/akta_kelahiran/villages",\
            "statistics":"https://example.org/api/v1/services/akta_kelahiran/statistics"}}""";

    /** Links of a service. */
    @Schema(name = "PublicServiceLinks")
    public record Links(String self, String villages, String statistics) {
    }

    /** A page of services (the shape of the JSON list response). */
    @Schema(name = "PublicServicePage")
    public record PublicServicePage(List<PublicServiceDto> items, Page.Paging paging) {
    }

    /** The public representation of a service; {@code baseUri} ends in a slash. */
    public static PublicServiceDto from(PublicService s, StatisticsStatus statistics, String baseUri) {
        String self = baseUri + "api/v1/services/" + s.code;
        return new PublicServiceDto(s.code, s.nameId, s.nameEn, s.descriptionId, s.descriptionEn,
                ServiceComponentDto.from(s.component), List.copyOf(s.channels), s.sourceId,
                statistics.name().toLowerCase(Locale.ROOT), ReleaseDto.of(s.datasetId, s.version, baseUri),
                new Links(self, self + "/villages", self + "/statistics"));
    }
}
