package id.banyuwangi.opendata.portal;

/**
 * One download of a version on its dataset's page.
 *
 * @param kind      which download: {@code csv}, {@code csv_excel_id}, {@code csv_excel_en}, {@code xlsx},
 *                  {@code json}, {@code ndjson} or {@code geojson} (its label's message)
 * @param url       the API URL that sends it
 * @param mediaType its media type
 * @param bytes     its size
 * @param sha256    its SHA-256 (as the API advertises it, or of the file the service wrote); null where a version
 *                  published before every format's was recorded has none
 */
public record DownloadLink(String kind, String url, String mediaType, long bytes, String sha256) {
}
