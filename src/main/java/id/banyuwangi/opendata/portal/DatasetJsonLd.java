package id.banyuwangi.opendata.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.dataset.api.v1.DatasetDto;
import id.banyuwangi.opendata.dataset.api.v1.DatasetVersionDto;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset page's schema.org {@code Dataset} (https://schema.org/Dataset) as JSON-LD, the shape dataset search
 * engines index: name, description, licence, creator, identifier, version, coverage, the downloads of the version
 * shown and its citation.
 */
final class DatasetJsonLd {

    private DatasetJsonLd() {
    }

    /**
     * The JSON-LD text, safe inside a {@code <script>} element ({@code <} escaped).
     *
     * @param places    the areas covered, code to name
     * @param downloads the version's downloads: URL to media type and size (null when unknown)
     */
    static String of(ObjectMapper json, DatasetDto d, DatasetVersionDto v, String pageUrl, Map<String, String> places,
            List<DownloadLink> downloads, String citation, PageLanguage language) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org/");
        ld.put("@type", "Dataset");
        ld.put("@id", pageUrl);
        ld.put("url", pageUrl);
        ld.put("name", language == PageLanguage.EN ? d.titleEn() : d.titleId());
        ld.put("alternateName", language == PageLanguage.EN ? d.titleId() : d.titleEn());
        ld.put("description", language == PageLanguage.EN ? d.descriptionEn() : d.descriptionId());
        ld.put("inLanguage", language.tag());
        ld.put("identifier", d.links().self());
        ld.put("license", d.license().url() != null ? d.license().url() : d.license().title());
        Map<String, Object> creator = organization(d);
        ld.put("creator", creator);
        ld.put("publisher", creator);
        ld.put("keywords", d.keywords());
        ld.put("isAccessibleForFree", true);
        if (d.modified() != null) {
            ld.put("dateModified", d.modified().toString());
        }
        if (d.temporalCoverage().start() != null || d.temporalCoverage().end() != null) {
            ld.put("temporalCoverage", (d.temporalCoverage().start() == null ? ".." : d.temporalCoverage().start())
                    + "/" + (d.temporalCoverage().end() == null ? ".." : d.temporalCoverage().end()));
        }
        ld.put("spatialCoverage", places.entrySet().stream().map(p -> {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("@type", "Place");
            place.put("name", p.getValue() == null ? p.getKey() : p.getValue());
            place.put("identifier", p.getKey());
            return place;
        }).toList());
        if (v != null) {
            ld.put("version", String.valueOf(v.version()));
            if (v.issued() != null) {
                ld.put("datePublished", v.issued());
            }
            ld.put("distribution", downloads.stream().map(DatasetJsonLd::distribution).toList());
            ld.put("citation", citation.strip());
        }
        try {
            return json.writeValueAsString(ld).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The JSON-LD of a dataset could not be written", e);
        }
    }

    private static Map<String, Object> organization(DatasetDto d) {
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("@type", "Organization");
        organization.put("name", d.publisher().name());
        if (d.publisher().url() != null) {
            organization.put("url", d.publisher().url());
        }
        return organization;
    }

    private static Map<String, Object> distribution(DownloadLink link) {
        Map<String, Object> download = new LinkedHashMap<>();
        download.put("@type", "DataDownload");
        download.put("contentUrl", link.url());
        download.put("encodingFormat", link.mediaType());
        download.put("contentSize", link.bytes() + " B");
        if (link.sha256() != null) {
            download.put("sha256", link.sha256());
        }
        return download;
    }
}
