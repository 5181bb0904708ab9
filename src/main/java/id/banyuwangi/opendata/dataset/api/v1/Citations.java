package id.banyuwangi.opendata.dataset.api.v1;

import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Citations of a dataset version, with the stable URL of that version; {@code service} is the data service that
 * publishes it (the installation's title). The date is when the data was issued ({@link DatasetVersion#issued}),
 * not when this installation loaded it: a version whose source states no date is cited without one ("n.d.").
 */
public final class Citations {

    private Citations() {
    }

    /** APA 7 reference of a data set. */
    public static String apa(Dataset d, DatasetVersion v, String url, String service) {
        return d.publisher.nameEn + ". (" + (v.issued == null ? "n.d." : year(v)) + "). " + d.titleEn
                + " (Version " + v.number() + ") [Data set]. " + service + ". " + url + "\n";
    }

    /** A BibTeX {@code @misc} entry. */
    public static String bibtex(Dataset d, DatasetVersion v, String url, String service) {
        return "@misc{" + d.id.replace('-', '_') + "_v" + v.number() + ",\n"
                + "  author = {{" + d.publisher.nameEn + "}},\n"
                + "  title = {{" + d.titleEn + "}},\n"
                + (v.issued == null ? "" : "  year = {" + year(v) + "},\n")
                + "  version = {" + v.number() + "},\n"
                + "  publisher = {" + service + "},\n"
                + "  url = {" + url + "},\n"
                + "  note = {Licence " + d.licenseId + "; SHA-256 of the CSV " + v.csvSha256() + "}\n"
                + "}\n";
    }

    /** A CSL-JSON item list (the input of citeproc processors). */
    public static List<Map<String, Object>> cslJson(Dataset d, DatasetVersion v, String url, String service) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", d.id + "-v" + v.number());
        item.put("type", "dataset");
        item.put("title", d.titleEn);
        item.put("author", List.of(Map.of("literal", d.publisher.nameEn)));
        if (v.issued != null) {
            List<Integer> parts = Arrays.stream(v.issued.split("-")).map(Integer::valueOf).toList();
            item.put("issued", Map.of("date-parts", List.of(parts)));
        }
        item.put("version", String.valueOf(v.number()));
        item.put("publisher", service);
        item.put("URL", url);
        return List.of(item);
    }

    private static String year(DatasetVersion v) {
        return v.issued.substring(0, 4);
    }
}
