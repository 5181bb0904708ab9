package id.banyuwangi.opendata.dataset.catalog;

/**
 * The filters of the catalog; each null when not given.
 *
 * @param q         words that must all occur in the titles, descriptions or keywords (either language)
 * @param theme     a theme
 * @param publisher an organization id
 * @param license   an SPDX licence id
 * @param keyword   a keyword
 */
public record DatasetFilter(String q, String theme, String publisher, String license, String keyword) {
}
