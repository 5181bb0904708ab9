package id.banyuwangi.opendata.ogc;

import id.banyuwangi.opendata.common.geo.Feature;
import java.util.List;

/**
 * One page of the features of a collection.
 *
 * @param features   the features, in identifier order
 * @param matched    how many features match the request over all pages
 * @param limit      the page size the page was read with
 * @param nextCursor the cursor of the next page, null on the last
 */
public record FeaturePage(List<Feature> features, long matched, int limit, String nextCursor) {
}
