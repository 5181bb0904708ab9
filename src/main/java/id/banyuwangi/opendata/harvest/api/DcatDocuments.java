package id.banyuwangi.opendata.harvest.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.seed.Site;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.harvest.HarvestService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog in the vocabularies harvesters speak: DCAT-AP 3 as JSON-LD (EU and most national portals) and
 * DCAT-US 1.1 / Project Open Data {@code data.json}.
 */
@ApplicationScoped
public class DcatDocuments {

    private static final String THEMES = "http://publications.europa.eu/resource/authority/data-theme/";
    private static final String FREQUENCIES = "http://publications.europa.eu/resource/authority/frequency/";
    private static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";
    private static final Map<String, String> FREQUENCY = Map.of("annual", "ANNUAL", "irregular", "IRREG",
            "semiannual", "ANNUAL_2", "monthly", "MONTHLY");
    private static final Map<String, String> ISO_FREQUENCY = Map.of("annual", "R/P1Y", "semiannual", "R/P6M",
            "monthly", "R/P1M", "irregular", "irregular");

    private final ObjectMapper json;
    private final Site site;

    public DcatDocuments(ObjectMapper json, Site site) {
        this.json = json;
        this.site = site;
    }

    /** The DCAT-AP 3 catalog as JSON-LD. */
    public ObjectNode dcatAp(List<HarvestService.Entry> entries, String baseUri) {
        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("spdx", "http://spdx.org/rdf/terms#");
        root.put("@id", baseUri + "api/v1/catalog.jsonld");
        root.put("@type", "dcat:Catalog");
        bilingual(root, "dct:title", site.catalogTitleId(), site.catalogTitleEn());
        bilingual(root, "dct:description", site.catalogDescriptionId(), site.catalogDescriptionEn());
        root.putObject("foaf:homepage").put("@id", baseUri + "api/v1");
        ArrayNode datasets = root.putArray("dcat:dataset");
        for (HarvestService.Entry entry : entries) {
            datasets.add(dataset(entry.dataset(), entry.latest(), baseUri));
        }
        return root;
    }

    /** The DCAT-US 1.1 (Project Open Data) catalog. */
    public ObjectNode dcatUs(List<HarvestService.Entry> entries, String baseUri) {
        ObjectNode root = json.createObjectNode();
        root.put("@context", "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld");
        root.put("@id", baseUri + "data.json");
        root.put("@type", "dcat:Catalog");
        root.put("conformsTo", "https://project-open-data.cio.gov/v1.1/schema");
        root.put("describedBy", "https://project-open-data.cio.gov/v1.1/schema/catalog.json");
        ArrayNode datasets = root.putArray("dataset");
        for (HarvestService.Entry entry : entries) {
            Dataset d = entry.dataset();
            String landing = baseUri + "api/v1/datasets/" + d.id;
            ObjectNode item = datasets.addObject();
            item.put("@type", "dcat:Dataset");
            item.put("identifier", landing);
            item.put("title", d.titleEn);
            item.put("description", d.descriptionEn);
            ArrayNode keywords = item.putArray("keyword");
            d.keywordList().forEach(keywords::add);
            item.put("modified", d.modified.toString());
            ObjectNode publisher = item.putObject("publisher");
            publisher.put("@type", "org:Organization");
            publisher.put("name", d.publisher.nameEn);
            ObjectNode contact = item.putObject("contactPoint");
            contact.put("@type", "vcard:Contact");
            contact.put("fn", d.contactName);
            item.put("accessLevel", "public");
            if (d.licenseUrl != null) {
                item.put("license", d.licenseUrl);
            }
            item.put("rights", d.attribution);
            item.put("spatial", String.join(",", d.spatial));
            if (d.temporalStart != null && d.temporalEnd != null) {
                item.put("temporal", d.temporalStart + "/" + d.temporalEnd);
            }
            item.put("accrualPeriodicity", ISO_FREQUENCY.getOrDefault(d.updateFrequency, "irregular"));
            ArrayNode themes = item.putArray("theme");
            d.themeList().forEach(themes::add);
            item.put("landingPage", landing);
            ArrayNode distributions = item.putArray("distribution");
            if (entry.latest() != null) {
                for (Format format : entry.latest().formats()) {
                    ObjectNode dist = distributions.addObject();
                    dist.put("@type", "dcat:Distribution");
                    dist.put("title", d.titleEn + " (" + format.parameterValue().toUpperCase(Locale.ROOT) + ")");
                    dist.put("downloadURL", download(entry.latest(), format, baseUri));
                    dist.put("mediaType", format.mediaType());
                    dist.put("format", format.parameterValue().toUpperCase(Locale.ROOT));
                }
            }
        }
        return root;
    }

    private ObjectNode dataset(Dataset d, DatasetVersion latest, String baseUri) {
        ObjectNode node = json.createObjectNode();
        String self = baseUri + "api/v1/datasets/" + d.id;
        node.put("@id", self);
        node.put("@type", "dcat:Dataset");
        node.put("dct:identifier", d.id);
        bilingual(node, "dct:title", d.titleId, d.titleEn);
        bilingual(node, "dct:description", d.descriptionId, d.descriptionEn);
        ArrayNode keywords = node.putArray("dcat:keyword");
        d.keywordList().forEach(keywords::add);
        ArrayNode themes = node.putArray("dcat:theme");
        d.themeList().forEach(t -> themes.addObject().put("@id", THEMES + t.toUpperCase(Locale.ROOT)));
        ObjectNode publisher = node.putObject("dct:publisher");
        publisher.put("@id", baseUri + "api/v1/organizations#" + d.publisher.id);
        publisher.put("@type", "foaf:Agent");
        publisher.put("foaf:name", d.publisher.name);
        ObjectNode contact = node.putObject("dcat:contactPoint");
        contact.put("@type", "vcard:Kind");
        contact.put("vcard:fn", d.contactName);
        if (d.contactUrl != null) {
            contact.putObject("vcard:hasURL").put("@id", d.contactUrl);
        }
        if (d.licenseUrl != null) {
            node.putObject("dct:license").put("@id", d.licenseUrl);
        }
        if (d.attribution != null) {
            node.put("dct:rights", d.attribution);
        }
        ArrayNode spatial = node.putArray("dct:spatial");
        d.spatial.forEach(code -> spatial.addObject().put("@id", baseUri + "api/v1/regency#" + code));
        if (d.temporalStart != null || d.temporalEnd != null) {
            ObjectNode temporal = node.putObject("dct:temporal");
            temporal.put("@type", "dct:PeriodOfTime");
            if (d.temporalStart != null) {
                typed(temporal, "dcat:startDate", d.temporalStart.toString(), "xsd:date");
            }
            if (d.temporalEnd != null) {
                typed(temporal, "dcat:endDate", d.temporalEnd.toString(), "xsd:date");
            }
        }
        node.putObject("dct:accrualPeriodicity").put("@id",
                FREQUENCIES + FREQUENCY.getOrDefault(d.updateFrequency, "IRREG"));
        typed(node, "dct:issued", d.created.toString(), "xsd:dateTime");
        typed(node, "dct:modified", d.modified.toString(), "xsd:dateTime");
        ArrayNode sources = node.putArray("dct:source");
        d.sources.forEach(s -> sources.addObject().put("@id", baseUri + "api/v1/sources/" + s));
        ArrayNode distributions = node.putArray("dcat:distribution");
        if (latest != null) {
            node.put("dcat:version", String.valueOf(latest.number()));
            for (Format format : latest.formats()) {
                ObjectNode dist = distributions.addObject();
                dist.put("@id", download(latest, format, baseUri));
                dist.put("@type", "dcat:Distribution");
                dist.put("dct:title", d.titleEn + " (" + format.parameterValue().toUpperCase(Locale.ROOT) + ")");
                dist.putObject("dcat:accessURL").put("@id", self);
                dist.putObject("dcat:downloadURL").put("@id", download(latest, format, baseUri));
                dist.putObject("dcat:mediaType").put("@id", MEDIA_TYPES + format.mediaType());
                if (d.licenseUrl != null) {
                    dist.putObject("dct:license").put("@id", d.licenseUrl);
                }
                typed(dist, "dcat:byteSize", String.valueOf(latest.bytes(format)), "xsd:nonNegativeInteger");
                if (format == Format.CSV) {
                    ObjectNode checksum = dist.putObject("spdx:checksum");
                    checksum.put("@type", "spdx:Checksum");
                    checksum.putObject("spdx:algorithm")
                            .put("@id", "http://spdx.org/rdf/terms#checksumAlgorithm_sha256");
                    typed(checksum, "spdx:checksumValue", latest.csvSha256(), "xsd:hexBinary");
                }
            }
        }
        return node;
    }

    private static String download(DatasetVersion v, Format format, String baseUri) {
        return baseUri + "api/v1/datasets/" + v.key.datasetId() + "/versions/" + v.number() + "/download?format="
                + format.parameterValue();
    }

    private static void bilingual(ObjectNode node, String property, String indonesian, String english) {
        ArrayNode values = node.putArray(property);
        values.addObject().put("@value", indonesian).put("@language", "id");
        values.addObject().put("@value", english).put("@language", "en");
    }

    private static void typed(ObjectNode node, String property, String value, String type) {
        node.putObject(property).put("@value", value).put("@type", type);
    }
}
