package id.banyuwangi.opendata.harvest.api;

import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.harvest.HarvestService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/catalog.jsonld}: the catalog for DCAT-AP harvesters. */
@Path("/api/v1/catalog.jsonld")
@Tag(name = "Harvesting")
public class DcatCatalogResource {

    /** Media type of JSON-LD. */
    public static final String LD_JSON = "application/ld+json";

    private final HarvestService harvest;
    private final DcatDocuments documents;
    private final ApiResponses responses;

    public DcatCatalogResource(HarvestService harvest, DcatDocuments documents, ApiResponses responses) {
        this.harvest = harvest;
        this.documents = documents;
        this.responses = responses;
    }

    @GET
    @Produces({LD_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getDcatCatalog", summary = "The catalog as DCAT-AP 3 JSON-LD",
            description = "Every dataset with its distributions (download URLs, media types, sizes, SHA-256 of the"
                    + " CSV), licence, rights, publisher, contact, themes, temporal and spatial coverage and the"
                    + " source-register entries it derives from; every version as a dataset of its own"
                    + " (dcat:hasVersion, dcat:version); the API as a dcat:DataService. In DCAT-AP 3.0.1, checked"
                    + " in CI with its official SHACL shapes.")
    @APIResponse(responseCode = "200", description = "The catalog.", content = @Content(mediaType = LD_JSON,
            schema = @Schema(ref = "DcatCatalog"), examples = @ExampleObject(name = "catalog",
                    value = "{\"@context\":{\"dcat\":\"http://www.w3.org/ns/dcat#\",\"dct\":"
                            + "\"http://purl.org/dc/terms/\"},\"@id\":\"https://example.org/api/v1/catalog.jsonld\","
                            + "\"@type\":\"dcat:Catalog\",\"dct:title\":[{\"@value\":\"Katalog data terbuka\","
                            + "\"@language\":\"id\"}],\"dct:publisher\":{\"@id\":"
                            + "\"https://example.org/api/v1/catalog.jsonld#maintainer\",\"@type\":\"foaf:Agent\"},"
                            + "\"dcat:service\":[{\"@id\":\"https://example.org/api/v1\",\"@type\":"
                            + "\"dcat:DataService\"}],\"dcat:dataset\":[{\"@id\":"
                            + "\"https://example.org/api/v1/datasets/villages\",\"@type\":\"dcat:Dataset\"}]}")))
    public Response dcatAp() {
        return responses.get(() -> responses.json(documents.dcatAp(harvest.catalog(), responses.baseUri()))
                .withMediaType(LD_JSON));
    }
}
