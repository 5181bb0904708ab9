package id.banyuwangi.opendata.common.http;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Compresses the bodies the REST layer answers with as bytes (the answers for an API key, problem documents and
 * error pages) in the coding the client prefers, as the HTTP layer would, which compresses nothing itself. Cached
 * representations and downloads are coded before they get here and say so in {@code Content-Encoding}; they pass
 * as they are. It runs after every other response filter ({@link Priorities#ENTITY_CODER}), which may read the body.
 */
public class ResponseCompression {

    private final CompressibleTypes compressible;

    public ResponseCompression(CompressibleTypes compressible) {
        this.compressible = compressible;
    }

    @ServerResponseFilter(priority = Priorities.ENTITY_CODER)
    public void compress(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (!(response.getEntity() instanceof byte[] body) || type == null
                || response.getHeaders().containsKey(HttpHeaders.CONTENT_ENCODING)
                || !compressible.contains(type.toString())) {
            return;
        }
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        ContentCoding coding = ContentCodings.preferred(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING),
                body.length);
        if (coding != ContentCoding.IDENTITY) {
            response.setEntity(coding.encode(body));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, coding.token());
        }
    }
}
