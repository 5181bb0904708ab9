package id.banyuwangi.opendata.common.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * A problem shown to a person rather than a program: the feature that serves web pages implements it, and
 * {@link ProblemMapper} asks it before it writes a problem document. It answers only for a browser's request to a
 * page's path; everything else, the API above all, keeps its problem document.
 */
public interface ProblemPage {

    /** The page that shows the problem, or null when the request takes the problem document. */
    ProblemRenderer.Rendered render(ProblemType type, String detail, UriInfo uri, HttpHeaders headers);
}
