package id.banyuwangi.opendata.ogc.api;

import id.banyuwangi.opendata.common.config.OpenDataConfig;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.Representation;
import id.banyuwangi.opendata.ogc.FeaturePage;
import id.banyuwangi.opendata.ogc.OgcService;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /ogc}: OGC API - Features (Part 1: Core, GeoJSON), so that GIS clients add the villages, the kecamatan
 * and the dataset versions with geometry as layers from one URL. Pages are keyset-paged like every list here: the
 * {@code next} link carries an opaque {@code cursor}.
 */
@Path("/ogc")
@Tag(name = "OGC API - Features")
public class OgcResource {

    static final String JSON = MediaType.APPLICATION_JSON;
    static final String GEO_JSON = Format.GEO_JSON;
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final String GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";

    private static final String F = "f";
    private static final String F_DESCRIPTION = "Representation, overriding the Accept header: `json`.";
    private static final String COLLECTION_ID = "Id of the collection: `villages`, `kecamatan`, or"
            + " `<dataset id>-v<version>` for a dataset version with geometry.";

    private final OgcService ogc;
    private final ApiResponses responses;
    private final OpenDataConfig config;

    @Context
    UriInfo uriInfo;

    public OgcResource(OgcService ogc, ApiResponses responses, OpenDataConfig config) {
        this.ogc = ogc;
        this.responses = responses;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOgcLandingPage", summary = "OGC API - Features landing page",
            description = "Links to the API definition, the conformance declaration and the collections. Give this"
                    + " URL to QGIS (Layer > Add Layer > Add WFS / OGC API - Features Layer) or GDAL"
                    + " (`ogrinfo OAPIF:<base>/ogc`).")
    @APIResponse(responseCode = "200", description = "The landing page.", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = LandingPage.class),
            examples = @ExampleObject(name = "landing page", value = OgcExamples.LANDING_PAGE)))
    public Response landingPage(@Parameter(description = F_DESCRIPTION) @QueryParam(F) String f) {
        responses.negotiate(f, Format.JSON);
        return responses.get(() -> responses.json(LandingPage.of(ogcUri(), responses.baseUri())));
    }

    @GET
    @Path("/conformance")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOgcConformance", summary = "OGC API - Features conformance classes",
            description = "The conformance classes implemented: Core and GeoJSON.")
    @APIResponse(responseCode = "200", description = "The conformance declaration.", content = @Content(
            mediaType = JSON, schema = @Schema(implementation = Conformance.class),
            examples = @ExampleObject(name = "conformance", value = OgcExamples.CONFORMANCE)))
    public Response conformance(@Parameter(description = F_DESCRIPTION) @QueryParam(F) String f) {
        responses.negotiate(f, Format.JSON);
        return responses.get(() -> responses.json(Conformance.of()));
    }

    @GET
    @Path("/collections")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listOgcCollections", summary = "OGC API - Features collections",
            description = "The villages (`villages`), the kecamatan (`kecamatan`) and every published dataset"
                    + " version whose records have a geometry (`<dataset id>-v<version>`), each with its extent.")
    @APIResponse(responseCode = "200", description = "The collections.", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = Collections.class),
            examples = @ExampleObject(name = "collections", value = OgcExamples.COLLECTIONS)))
    public Response collections(@Parameter(description = F_DESCRIPTION) @QueryParam(F) String f) {
        responses.negotiate(f, Format.JSON);
        return responses.get(() -> responses.json(Collections.from(ogc.collections(), collectionsUri())));
    }

    @GET
    @Path("/collections/{collectionId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOgcCollection", summary = "One OGC API - Features collection",
            description = "A collection's title, description, extent and links.")
    @APIResponse(responseCode = "200", description = "The collection.", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = CollectionDto.class),
            examples = @ExampleObject(name = "villages", value = OgcExamples.COLLECTION)))
    public Response collection(
            @Parameter(description = COLLECTION_ID, example = "villages") @PathParam("collectionId") String id,
            @Parameter(description = F_DESCRIPTION) @QueryParam(F) String f) {
        responses.negotiate(f, Format.JSON);
        return responses.get(() -> responses.json(CollectionDto.from(ogc.collection(id), collectionsUri())));
    }

    @GET
    @Path("/collections/{collectionId}/items")
    @Produces({Format.GEO_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "listOgcFeatures", summary = "The features of an OGC API - Features collection",
            description = "One page of features, in identifier order, with `numberMatched`, `numberReturned` and a"
                    + " `next` link (also in the `Link` header) until the last page. Villages and kecamatan are"
                    + " identified by Kemendagri code and have the properties of their /api/v1 representation;"
                    + " records of a dataset version by their key, with the fields of the dataset's Table Schema.")
    @APIResponse(responseCode = "200", description = "One page of features.", content = {
            @Content(mediaType = GEO_JSON, schema = @Schema(implementation = OgcFeatureCollection.class),
                    examples = @ExampleObject(name = "villages", value = OgcExamples.FEATURES)),
            @Content(mediaType = JSON, schema = @Schema(implementation = OgcFeatureCollection.class),
                    examples = @ExampleObject(name = "villages", value = OgcExamples.FEATURES))})
    public Response items(
            @Parameter(description = COLLECTION_ID, example = "villages") @PathParam("collectionId") String id,
            @BeanParam ItemsQuery query) {
        Format format = responses.negotiate(query.f, Format.GEOJSON, Format.JSON);
        int limit = query.limit(config.paging().defaultLimit(), config.paging().maxLimit());
        BoundingBox box = query.box();
        query.checkDatetime();
        String cursor = query.cursor;
        return responses.get(() -> page(format, ogc.items(id, box, limit, cursor, responses.baseUri()), id));
    }

    @GET
    @Path("/collections/{collectionId}/items/{featureId}")
    @Produces({Format.GEO_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getOgcFeature", summary = "One feature of an OGC API - Features collection",
            description = "A feature by its id: the Kemendagri code of a village or kecamatan, the record key in a"
                    + " dataset version.")
    @APIResponse(responseCode = "200", description = "The feature.", content = {
            @Content(mediaType = GEO_JSON, schema = @Schema(implementation = OgcFeature.class),
                    examples = @ExampleObject(name = "village", value = OgcExamples.FEATURE)),
            @Content(mediaType = JSON, schema = @Schema(implementation = OgcFeature.class),
                    examples = @ExampleObject(name = "village", value = OgcExamples.FEATURE))})
    public Response item(
            @Parameter(description = COLLECTION_ID, example = "villages") @PathParam("collectionId") String id,
            @Parameter(description = "Id of the feature: a Kemendagri code, or a record key.",
                    example = "35.10.03.2002") @PathParam("featureId") String featureId,
            @Parameter(description = "Representation, overriding the Accept header: `geojson` or `json`.")
            @QueryParam(F) String f) {
        Format format = responses.negotiate(f, Format.GEOJSON, Format.JSON);
        return responses.get(() -> {
            String collection = collectionsUri() + "/" + id;
            OgcFeature feature = OgcFeature.of(ogc.item(id, featureId, responses.baseUri()), List.of(
                    OgcLink.of(uriInfo.getRequestUri().toString(), "self", format.mediaType(), "This feature"),
                    OgcLink.of(collection, "collection", JSON, "Its collection")));
            return responses.json(feature).withMediaType(format.mediaType());
        });
    }

    private Representation page(Format format, FeaturePage page, String id) {
        List<OgcLink> links = new ArrayList<>();
        links.add(OgcLink.of(uriInfo.getRequestUri().toString(), "self", format.mediaType(), "This page"));
        String next = null;
        if (page.nextCursor() != null) {
            next = uriInfo.getRequestUriBuilder().replaceQueryParam("cursor", page.nextCursor()).build().toString();
            links.add(OgcLink.of(next, "next", format.mediaType(), "The next page"));
        }
        links.add(OgcLink.of(collectionsUri() + "/" + id, "collection", JSON, "The collection"));
        OgcFeatureCollection body = OgcFeatureCollection.of(page.features().stream().map(OgcFeature::of).toList(),
                page.matched(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), links);
        Representation representation = responses.json(body).withMediaType(format.mediaType());
        return next == null ? representation
                : representation.withHeader(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"; type=\""
                        + format.mediaType() + "\"");
    }

    private String ogcUri() {
        return responses.baseUri() + "ogc";
    }

    private String collectionsUri() {
        return ogcUri() + "/collections";
    }
}
