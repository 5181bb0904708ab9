package id.banyuwangi.opendata.changefeed.api.v1;

import id.banyuwangi.opendata.changefeed.ChangeFeed;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.http.ListQuery;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/changes}: the change feed, as pages of JSON or, for {@code Accept: text/event-stream}, as
 * Server-Sent Events; one operation in the OpenAPI document with both representations.
 */
@Path("/api/v1/changes")
@Tag(name = "Changes")
public class ChangeResource {

    /** The header with which an event-stream client resumes (the id of the last event it received). */
    static final String LAST_EVENT_ID = "Last-Event-ID";

    private static final Pattern EVENT_ID = Pattern.compile("[0-9]{1,18}");
    private static final String DATASET = "Only events of this dataset (its id).";
    private static final String TYPE = "Only events of this type.";
    private static final String PAGE_EXAMPLE = "{\"items\":[" + ChangeEventDto.EXAMPLE + "],\"paging\":{\"limit\":100,"
            + "\"next_cursor\":\"WyJjaGFuZ2VzIiwiNDIiXQ.q8Qm3vC1x0YH2n9tT5b1sA\",\"next\":\"https://example.org/api/v1/"
            + "changes?cursor=WyJjaGFuZ2VzIiwiNDIiXQ.q8Qm3vC1x0YH2n9tT5b1sA\",\"self\":"
            + "\"https://example.org/api/v1/changes\"}}";

    private final ChangeFeed feed;
    private final ChangeStream stream;
    private final ApiResponses responses;

    public ChangeResource(ChangeFeed feed, ChangeStream stream, ApiResponses responses) {
        this.feed = feed;
        this.stream = stream;
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listChanges", summary = "Follow the change feed",
            description = "Every dataset created (`dataset_created`), described anew (`metadata_changed`, with the"
                    + " fields that changed), published (`version_published`, with the added, changed and removed"
                    + " record counts and links to the version, its record-level diff against the previous version"
                    + " and its downloads) and withdrawn (`dataset_withdrawn`), oldest first, from the seed's own"
                    + " datasets and versions on: a mirror that applies the feed from its first event rebuilds every"
                    + " version. Ids grow in commit order on every replica. Pages are cursor-paged like every list,"
                    + " except that the feed has no last page: `paging.next_cursor` is always given, the position"
                    + " after the page's last event, so a client that stores it and asks again later gets exactly the"
                    + " events committed since (a page shorter than `limit` means it is up to date); `sort` is not"
                    + " offered (the order is the feed's). Pages are"
                    + " rendered for each request (`Cache-Control: no-cache`, with an `ETag`), never served stale."
                    + "\n\nWith `Accept: text/event-stream` the same events arrive as Server-Sent Events (`id` = the"
                    + " event id, `event` = its type, `data` = its JSON) within a second of their commit, with a"
                    + " comment every 15 s to keep the connection open. The stream starts after the event named by"
                    + " the `Last-Event-ID` header (0 for the first), else after the position of `cursor`, else"
                    + " after the latest event; `dataset` and `type` filter it; `limit` and `format` are for pages"
                    + " only.")
    @Parameter(name = LAST_EVENT_ID, in = ParameterIn.HEADER, description = "Event streams only: the id of the last"
            + " event received; the stream resumes after it (0 for the first event), without a gap or a repeat.",
            example = "42", schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
    @APIResponse(responseCode = "200", description = "One page of events, oldest first; or the event stream.",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ChangeEventDto.ChangeEventPage.class),
                        examples = @ExampleObject(name = "changes", value = PAGE_EXAMPLE)),
                @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "events", value = ChangeEventDto.SSE_EXAMPLE))})
    public Response list(@BeanParam ListQuery query,
            @Parameter(description = DATASET, example = "villages") @QueryParam("dataset") String dataset,
            @Parameter(description = TYPE, schema = @Schema(type = SchemaType.STRING, enumeration = {
                "dataset_created", "metadata_changed", "version_published", "dataset_withdrawn"}))
            @QueryParam("type") String type) {
        Format format = responses.negotiate(query.format, Format.JSON);
        responses.dialect(format);
        if (query.sort != null) {
            throw ApiException.invalidParameter("sort", "is not offered: the feed is in commit order");
        }
        ChangeFeed.Filter filter = ChangeFeed.filter(dataset, type);
        String baseUri = responses.baseUri();
        return responses.fresh(() -> responses.page(feed.page(filter, query.paging())
                .map(e -> ChangeEventDto.from(e, baseUri))));
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public void stream(@QueryParam("cursor") String cursor, @QueryParam("dataset") String dataset,
            @QueryParam("type") String type, @HeaderParam(LAST_EVENT_ID) String lastEventId,
            @Context SseEventSink sink, @Context Sse sse, @Context HttpServerResponse response) {
        ChangeFeed.Filter filter = ChangeFeed.filter(dataset, type);
        long after;
        if (lastEventId != null) {
            if (!EVENT_ID.matcher(lastEventId.trim()).matches()) {
                throw ApiException.invalidParameter(LAST_EVENT_ID, "must be the id of an event (a whole number)");
            }
            after = Long.parseLong(lastEventId.trim());
        } else {
            after = cursor != null ? feed.position(cursor) : feed.latest();
        }
        response.putHeader(HttpHeaders.CACHE_CONTROL, "no-store").putHeader("X-Accel-Buffering", "no");
        stream.follow(sink, sse, responses.baseUri(), filter, after);
    }
}
