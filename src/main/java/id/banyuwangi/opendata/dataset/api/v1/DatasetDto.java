package id.banyuwangi.opendata.dataset.api.v1;

import com.fasterxml.jackson.annotation.JsonRawValue;
import id.banyuwangi.opendata.common.paging.Page;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.organization.api.v1.OrganizationDto;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dataset of the catalog, with DCAT-AP metadata, as the API publishes it. */
@Schema(name = "Dataset", description = "A dataset: metadata aligned with DCAT-AP and its Table Schema.")
public record DatasetDto(
        @Schema(description = "Stable slug.", examples = "villages") String id,
        @Schema(description = "Title in Indonesian.") String titleId,
        @Schema(description = "Title in English.") String titleEn,
        @Schema(description = "Description in Indonesian.") String descriptionId,
        @Schema(description = "Description in English.") String descriptionEn,
        @Schema(description = "The publishing organization.") OrganizationDto publisher,
        @Schema(description = "Whom to contact.") Contact contact,
        @Schema(description = "The licence.") License license,
        @Schema(description = "Attribution the licence or sources require.", nullable = true) String attribution,
        @Schema(description = "Ids of the source register (GET /api/v1/sources/{id}).") List<String> sources,
        List<String> keywords,
        @Schema(description = "DCAT-AP data themes (lower case), e.g. regi, gove, soci.") List<String> themes,
        @Schema(description = "Time covered.") Temporal temporalCoverage,
        @Schema(description = "Kemendagri codes of the areas covered.") List<String> spatialCoverage,
        @Schema(examples = "annual") String updateFrequency,
        Instant created,
        Instant modified,
        @Schema(description = "The latest version number, null before the first.", nullable = true)
        Integer latestVersion,
        @Schema(description = "True for a dataset of generated demonstration figures, which are not real.")
        boolean synthetic,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "Frictionless Table Schema of the records.")
        String tableSchema,
        Links links) {

    /** Whom to contact. */
    @Schema(name = "DatasetContact")
    public record Contact(String name, @Schema(nullable = true) String url) {
    }

    /** A licence. */
    @Schema(name = "DatasetLicense")
    public record License(@Schema(description = "SPDX identifier.", examples = "ODbL-1.0") String id, String title,
            @Schema(nullable = true, description = "The licence document; null where there is none, as when the"
                    + " sources state no licence.") String url) {
    }

    /** A time span. */
    @Schema(name = "DatasetTemporalCoverage")
    public record Temporal(@Schema(nullable = true) LocalDate start, @Schema(nullable = true) LocalDate end) {
    }

    /** Links of a dataset. */
    @Schema(name = "DatasetLinks")
    public record Links(String self, String versions, String latest) {
    }

    /** The catalog search response: a page of datasets with facet counts. */
    @Schema(name = "DatasetPage")
    public record DatasetPage(List<DatasetDto> items, Facets facets, Page.Paging paging) {
    }

    /** Facet counts of a search: value to number of matching datasets. */
    @Schema(name = "DatasetFacets")
    public record Facets(Map<String, Long> theme, Map<String, Long> publisher, Map<String, Long> license,
            Map<String, Long> keyword) {

        static Facets from(DatasetService.Facets f) {
            return new Facets(f.theme(), f.publisher(), f.license(), f.keyword());
        }
    }

    /** Example of a dataset in JSON (shortened table schema). */
    public static final String EXAMPLE = """
            {"id":"villages","title_id":"Desa dan kelurahan Kabupaten Banyuwangi","title_en":"Villages (desa and\
             kelurahan) of Banyuwangi Regency","description_id":"217 desa dan kelurahan.","description_en":"The 217\
             desa and kelurahan.","publisher":{"id":"diskominfo-banyuwangi","name":"Dinas Komunikasi, Informatika\
             dan Persandian Kabupaten Banyuwangi","name_en":"Communication, Informatics and Encryption Office of\
             Banyuwangi Regency","url":"https://banyuwangikab.go.id","email":null,\
            "datasets":"https://example.org/api/v1/datasets?publisher=diskominfo-banyuwangi"},\
            "contact":{"name":"Banyuwangi Open Data API maintainers","url":"https://banyuwangikab.go.id"},\
            "license":{"id":"ODbL-1.0","title":"Open Data Commons Open Database License 1.0",\
            "url":"https://opendatacommons.org/licenses/odbl/1-0/"},"attribution":null,\
            "sources":["KEMENDAGRI_2025_CAHYADSN"],"keywords":["desa"],"themes":["regi"],\
            "temporal_coverage":{"start":"2022-01-01","end":"2025-12-31"},"spatial_coverage":["35.10"],\
            "update_frequency":"irregular","created":"2026-11-29T05:00:00Z","modified":"2026-11-29T05:00:00Z",\
            "latest_version":2,"synthetic":false,\
            "table_schema":{"fields":[{"name":"code","type":"string"}],"primaryKey":["code"]},\
            "links":{"self":"https://example.org/api/v1/datasets/villages",\
            "versions":"https://example.org/api/v1/datasets/villages/versions",\
            "latest":"https://example.org/api/v1/datasets/villages/versions/latest"}}""";

    public static DatasetDto from(Dataset d, Integer latestVersion, String baseUri) {
        String self = baseUri + "api/v1/datasets/" + d.id;
        return new DatasetDto(d.id, d.titleId, d.titleEn, d.descriptionId, d.descriptionEn,
                OrganizationDto.from(d.publisher, baseUri), new Contact(d.contactName, d.contactUrl),
                new License(d.licenseId, d.licenseTitle, d.licenseUrl), d.attribution, List.copyOf(d.sources),
                d.keywordList(), d.themeList(), new Temporal(d.temporalStart, d.temporalEnd), List.copyOf(d.spatial),
                d.updateFrequency, d.created, d.modified, latestVersion, d.synthetic, d.tableSchema,
                new Links(self, self + "/versions", self + "/versions/latest"));
    }
}
