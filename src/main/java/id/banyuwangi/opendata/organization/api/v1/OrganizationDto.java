package id.banyuwangi.opendata.organization.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.organization.Organization;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A publishing organization, as the API publishes it. */
@Schema(name = "Organization", description = "A publisher of datasets.")
public record OrganizationDto(
        @Schema(examples = "dpmd-banyuwangi") String id,
        @Schema(description = "Name in Indonesian.") String name,
        @Schema(description = "Name in English.") String nameEn,
        @Schema(nullable = true) String url,
        @Schema(nullable = true) String email,
        @Schema(description = "Its datasets in the catalog.") String datasets) {

    /** Example of an organization in JSON. */
    public static final String EXAMPLE = """
            {"id":"dpmd-banyuwangi","name":"Dinas Pemberdayaan Masyarakat dan Desa Kabupaten Banyuwangi",\
            "name_en":"Community and Village Empowerment Office of Banyuwangi Regency",\
            "url":"https://banyuwangikab.go.id",\
            "email":null,"datasets":"https://example.org/api/v1/datasets?publisher=dpmd-banyuwangi"}""";

    /** A page of organizations. */
    @Schema(name = "OrganizationPage")
    public record OrganizationPage(List<OrganizationDto> items, Page.Paging paging) {
    }

    public static OrganizationDto from(Organization o, String baseUri) {
        return new OrganizationDto(o.id, o.name, o.nameEn, o.url, o.email,
                baseUri + "api/v1/datasets?publisher=" + o.id);
    }
}
