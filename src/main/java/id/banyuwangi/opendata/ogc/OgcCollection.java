package id.banyuwangi.opendata.ogc;

import id.banyuwangi.opendata.common.geo.BoundingBox;

/**
 * A feature collection of the OGC API: the villages, the kecamatan, or one version of a dataset with geometry.
 *
 * @param id          {@value OgcService#VILLAGES}, {@value OgcService#KECAMATAN} or {@code <dataset id>-v<number>}
 * @param title       its title, in English
 * @param description what it holds, in English
 * @param extent      the box that holds its geometries (WGS 84), null when none has one
 */
public record OgcCollection(String id, String title, String description, BoundingBox extent) {
}
