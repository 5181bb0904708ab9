package id.banyuwangi.opendata.common.error;

import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import java.util.List;

/**
 * The error body of an API that its clients expect in a shape other than RFC 9457 (the CKAN-compatible API answers
 * in CKAN's envelope). The feature that serves such an API implements it; {@link ProblemRenderer} asks each.
 */
public interface ProblemEnvelope {

    /** Whether requests to {@code path} take this envelope. */
    boolean covers(String path);

    /** The media type of the body. */
    String mediaType();

    /** The body to serialise as JSON. */
    Object body(ProblemType type, String detail, List<FieldError> errors, String baseUri);
}
