package id.banyuwangi.opendata.common.api.v1;

import id.banyuwangi.opendata.common.seed.Site;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The entry point of the API: what it is and where its resources are. */
@Schema(name = "ApiIndex")
public record ApiIndexDto(
        @Schema(examples = "Banyuwangi Open Data API") String title,
        @Schema(examples = "v1") String version,
        String description,
        Links links) {

    /** Example of the index in JSON. */
    public static final String EXAMPLE = """
            {"title":"Banyuwangi Open Data API","version":"v1","description":"Open data of Kabupaten Banyuwangi.",\
            "links":{"self":"https://example.org/api/v1","regency":"https://example.org/api/v1/regency",\
            "districts":"https://example.org/api/v1/districts","villages":"https://example.org/api/v1/villages",\
            "indicators":"https://example.org/api/v1/indicators",\
            "observations":"https://example.org/api/v1/observations",\
            "services":"https://example.org/api/v1/services","sources":"https://example.org/api/v1/sources",\
            "datasets":"https://example.org/api/v1/datasets",\
            "changes":"https://example.org/api/v1/changes","catalog":"https://example.org/api/v1/catalog.jsonld",\
            "ckan":"https://example.org/api/3/action/package_list","ogc":"https://example.org/ogc",\
            "openapi":"https://example.org/q/openapi","documentation":"https://example.org/q/swagger-ui",\
            "health":"https://example.org/q/health","metrics":"https://example.org/q/metrics"}}""";

    /** Where the resources are. */
    @Schema(name = "ApiIndexLinks")
    public record Links(
            @Schema(description = "This index.") String self,
            @Schema(description = "The regency with its counts.") String regency,
            @Schema(description = "The kecamatan.") String districts,
            @Schema(description = "The desa and kelurahan.") String villages,
            @Schema(description = "The indicator catalogue.") String indicators,
            @Schema(description = "Indicator values per area and period.") String observations,
            @Schema(description = "The Smart Kampung public services.") String services,
            @Schema(description = "The source register.") String sources,
            @Schema(description = "The dataset catalog (versions, downloads, diffs).") String datasets,
            @Schema(description = "The change feed (JSON pages or Server-Sent Events).") String changes,
            @Schema(description = "The catalog as DCAT-AP JSON-LD, for harvesters.") String catalog,
            @Schema(description = "The CKAN-compatible action API.") String ckan,
            @Schema(description = "OGC API - Features, for GIS clients (QGIS, ArcGIS, GDAL).") String ogc,
            @Schema(description = "The OpenAPI 3 document (YAML; JSON with ?format=json).") String openapi,
            @Schema(description = "Interactive documentation (Swagger UI).") String documentation,
            @Schema(description = "Health checks.") String health,
            @Schema(description = "Prometheus metrics.") String metrics) {
    }

    /** The index of {@code site} for a service rooted at {@code baseUri} (ending in a slash). */
    public static ApiIndexDto of(Site site, String baseUri) {
        String api = baseUri + "api/v1";
        return new ApiIndexDto(site.title(), "v1", site.descriptionEn(),
                new Links(api, api + "/regency", api + "/districts", api + "/villages", api + "/indicators",
                        api + "/observations", api + "/services", api + "/sources", api + "/datasets",
                        api + "/changes", api + "/catalog.jsonld", baseUri + "api/3/action/package_list",
                        baseUri + "ogc", baseUri + "q/openapi", baseUri + "q/swagger-ui", baseUri + "q/health", baseUri + "q/metrics"));
    }
}
