package id.banyuwangi.opendata.common.openapi;

import id.banyuwangi.opendata.common.error.ProblemDetail;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The top of the OpenAPI document: API information, tags and the shared Problem schema (the title, the regency's
 * paragraph of the description and the contact come from the seed, through {@link SiteFilter}). (It extends
 * {@link Application}, without changing which resources are served, because that is where the OpenAPI scanner
 * looks for {@link OpenAPIDefinition}.) The committed
 * {@code openapi/openapi.yaml} is what the service serves at {@code /q/openapi}; a test fails when they differ.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Open Data API",
                version = "1.0.0",
                description = "JSON by default, CSV and GeoJSON where documented. Every list is cursor-paged"
                        + " (`limit`, `cursor`, `paging.next`, RFC 8288 `Link`); every error is an RFC 9457 problem"
                        + " (`application/problem+json`); every GET has an `ETag` and answers `If-None-Match`"
                        + " with 304. Reads are anonymous; writes (publishing releases, API keys, the audit log)"
                        + " need `Authorization: Bearer <API key>`. Requests are rate-limited per client (per API"
                        + " key, else per IP address): every response states the quota and what is left of it in"
                        + " `RateLimit-Policy` and `RateLimit` headers, and a client over its quota gets a 429 with"
                        + " `Retry-After`. Within v1, fields and endpoints are only added; breaking changes go to"
                        + " /api/v2 and are announced with `Deprecation` and `Sunset` headers.",
                license = @License(name = "ODbL-1.0 (data); see data-seed/README.md for each source",
                        url = "https://opendatacommons.org/licenses/odbl/1-0/")),
        servers = @Server(url = "/", description = "The service itself"),
        tags = {
                @Tag(name = "Regions", description = "The regency, its kecamatan and its desa/kelurahan."),
                @Tag(name = "Indicators", description = "Development indicators: the catalogue, observations per area"
                        + " and period, roll-ups, availability and village profiles."),
                @Tag(name = "Public services", description = "The Smart Kampung service catalogue, which village offers"
                        + " what, and service-delivery statistics."),
                @Tag(name = "Sources", description = "The source register: where every figure comes from."),
                @Tag(name = "Datasets", description = "The dataset catalog: DCAT-AP metadata, immutable versions,"
                        + " records, downloads, diffs, citations and Frictionless Data Packages."),
                @Tag(name = "Changes", description = "The change feed: every dataset created, described anew,"
                        + " published or withdrawn, in commit order, as cursor-paged JSON or Server-Sent Events, for"
                        + " dashboards and mirrors."),
                @Tag(name = "Webhooks", description = "The change feed's events sent to a URL as they happen, signed"
                        + " as Standard Webhooks specifies, retried for at least 24 hours. Needs an API key."),
                @Tag(name = "Harvesting", description = "The catalog in the languages portals harvest: DCAT-AP"
                        + " JSON-LD, DCAT-US data.json and a CKAN-compatible action API."),
                @Tag(name = "Publishing", description = "Creating datasets and publishing their releases: upload a"
                        + " CSV as a validated draft, review its diff, publish it atomically. Needs an API key."),
                @Tag(name = "Administration", description = "API keys and the audit log of every write. Needs an"
                        + " admin key."),
                @Tag(name = "OGC API - Features", description = "The villages, the kecamatan and every dataset version"
                        + " with geometry as OGC API - Features collections (Part 1: Core, GeoJSON), for GIS clients"
                        + " such as QGIS, ArcGIS and GDAL: add the layer from /ogc."),
                @Tag(name = "Meta", description = "The API index and the problem types.")},
        components = @Components(schemas = @Schema(name = "Problem", implementation = ProblemDetail.class),
                securitySchemes = @SecurityScheme(securitySchemeName = OpenApiDocument.API_KEY,
                        type = SecuritySchemeType.HTTP, scheme = "bearer",
                        description = "An API key (`odk_...`), sent as `Authorization: Bearer <key>`. Keys are created"
                                + " by an administrator (POST /api/v1/keys) and shown once; the first admin key"
                                + " of an install comes from OPENDATA_BOOTSTRAP_ADMIN_KEY.")))
public class OpenApiDocument extends Application {

    /** The name of the API key security scheme, for {@code @SecurityRequirement}. */
    public static final String API_KEY = "apiKey";
}
