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

/** {@code /data.json}: the catalog for DCAT-US (Project Open Data) harvesters. */
@Path("/data.json")
@Tag(name = "Harvesting")
public class DataJsonResource {

    private static final String EXAMPLE = """
            {"@context":"https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",\
            "@id":"https://example.org/data.json","@type":"dcat:Catalog",\
            "conformsTo":"https://project-open-data.cio.gov/v1.1/schema",\
            "describedBy":"https://project-open-data.cio.gov/v1.1/schema/catalog.json","dataset":[{\
            "@type":"dcat:Dataset","identifier":"https://example.org/api/v1/datasets/villages",\
            "title":"Villages (desa and kelurahan) of Banyuwangi Regency",\
            "description":"The 217 desa and kelurahan with Kemendagri codes.","keyword":["desa","kelurahan"],\
            "modified":"2026-11-29T05:00:00Z","publisher":{"@type":"org:Organization",\
            "name":"Communication, Informatics and Encryption Office of Banyuwangi Regency"},\
            "contactPoint":{"@type":"vcard:Contact","fn":"Banyuwangi Open Data API maintainers"},\
            "accessLevel":"public","license":"https://opendatacommons.org/licenses/odbl/1-0/","rights":null,\
            "spatial":"35.10","accrualPeriodicity":"irregular","theme":["regi"],\
            "landingPage":"https://example.org/api/v1/datasets/villages","distribution":[{\
            "@type":"dcat:Distribution","title":"Villages (desa and kelurahan) of Banyuwangi Regency (CSV)",\
            "downloadURL":"https://example.org/api/v1/datasets/villages/versions/2/download?format=csv",\
            "mediaType":"text/csv","format":"CSV"}]}]}""";

    private final HarvestService harvest;
    private final DcatDocuments documents;
    private final ApiResponses responses;

    public DataJsonResource(HarvestService harvest, DcatDocuments documents, ApiResponses responses) {
        this.harvest = harvest;
        this.documents = documents;
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDataJson", summary = "The catalog as DCAT-US 1.1 (Project Open Data)",
            description = "The data.json catalog that DCAT-US / Project Open Data harvesters read.")
    @APIResponse(responseCode = "200", description = "The catalog.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DataJsonCatalog"),
            examples = @ExampleObject(name = "data.json", value = EXAMPLE)))
    public Response dcatUs() {
        return responses.get(() -> responses.json(documents.dcatUs(harvest.entries(), responses.baseUri())));
    }
}
