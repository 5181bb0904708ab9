package id.banyuwangi.opendata.common.seed;

/**
 * What this installation calls itself, from its seed's {@code site.json}: the service's title and description, the
 * catalog's title and description in Indonesian and English, and who maintains it. Nothing regency-specific is
 * written in the code; the API index, the OpenAPI document, the harvest documents and the citations read it here.
 *
 * @param regencyCode          Kemendagri code of the regency the seed describes, e.g. {@code 35.10}
 * @param title                the service's name, e.g. {@code Banyuwangi Open Data API}
 * @param descriptionId        what the service publishes, in Indonesian
 * @param descriptionEn        what the service publishes, in English
 * @param catalogTitleId       title of the dataset catalog (DCAT-AP), in Indonesian
 * @param catalogTitleEn       title of the dataset catalog, in English
 * @param catalogDescriptionId description of the dataset catalog, in Indonesian
 * @param catalogDescriptionEn description of the dataset catalog, in English
 * @param maintainerName       who runs the service
 * @param maintainerUrl        where to reach them
 */
public record Site(String regencyCode, String title, String descriptionId, String descriptionEn,
        String catalogTitleId, String catalogTitleEn, String catalogDescriptionId, String catalogDescriptionEn,
        String maintainerName, String maintainerUrl) {

    /** The seed file this record is read from. */
    public static final String FILE = "site.json";

    /** The same site with every field checked to be present; a missing one is a {@link SeedException}. */
    Site checked() {
        String[] fields = {regencyCode, title, descriptionId, descriptionEn, catalogTitleId, catalogTitleEn,
                catalogDescriptionId, catalogDescriptionEn, maintainerName, maintainerUrl};
        for (String field : fields) {
            if (field == null || field.isBlank()) {
                throw new SeedException(FILE + ": every field is required (regency_code, title, description_id,"
                        + " description_en, catalog_title_id, catalog_title_en, catalog_description_id,"
                        + " catalog_description_en, maintainer_name, maintainer_url)");
            }
        }
        return this;
    }
}
