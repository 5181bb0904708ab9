package id.banyuwangi.opendata.source.api.v1;

import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import id.banyuwangi.opendata.source.SourceService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/sources}: the source register. */
@Path("/api/v1/sources")
@Tag(name = "Sources")
public class SourceResource {

    private final SourceService sources;
    private final ApiResponses responses;

    public SourceResource(SourceService sources, ApiResponses responses) {
        this.sources = sources;
        this.responses = responses;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Format.TEXT_CSV})
    @Operation(operationId = "listSources", summary = "List the sources",
            description = "Every source an observation or service can name, with publisher, location and licence."
                    + " Sortable field: id. JSON by default; CSV with `text/csv` or `format=csv`.")
    @APIResponse(responseCode = "200", description = "One page of sources.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SourceDto.SourcePage.class),
                    examples = @ExampleObject(name = "sources", value = "{\"items\":[" + SourceDto.EXAMPLE
                            + "],\"paging\":{\"limit\":1,\"next_cursor\":null,\"next\":null,"
                            + "\"self\":\"https://example.org/api/v1/sources?limit=1\"}}")),
            @Content(mediaType = Format.TEXT_CSV, schema = @Schema(type = SchemaType.STRING))})
    public Response list(@BeanParam ListQuery query) {
        return responses.table(query.format,
                () -> sources.list(query.paging()).map(s -> SourceDto.from(s, responses.baseUri())), SourceDto.class,
                "sources.csv");
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSource", summary = "Get one source",
            description = "A source of the register by its identifier.")
    @APIResponse(responseCode = "200", description = "The source.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceDto.class),
            examples = @ExampleObject(name = "source", value = SourceDto.EXAMPLE)))
    public Response get(
            @Parameter(description = "Identifier of the source.", example = "KEMENDESA_IDM2024_KRISTONOVA")
            @PathParam("id") String id) {
        return responses.get(() -> responses.json(SourceDto.from(sources.get(id), responses.baseUri())));
    }
}
