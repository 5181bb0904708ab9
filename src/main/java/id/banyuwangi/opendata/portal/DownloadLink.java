package id.banyuwangi.opendata.portal;

/**
 * One download of a version on its dataset's page.
 *
 * @param kind      which download: {@code csv}, {@code csv_excel_id}, {@code csv_excel_en}, {@code xlsx},
 *                  {@code json}, {@code ndjson} or {@code geojson} (its label's message)
 * @param url       the API URL that sends it
 * @param mediaType its media type
 * @param bytes     its size, null for the spreadsheet CSVs (written from the CSV as they are sent)
 * @param sha256    its SHA-256 as the API advertises it, and the workbook's; null for the spreadsheet CSVs and where
 *                  a version published long ago has none recorded
 */
public record DownloadLink(String kind, String url, String mediaType, Long bytes, String sha256) {
}
