package id.banyuwangi.opendata.harvest.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.seed.Site;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.harvest.HarvestService;
import id.banyuwangi.opendata.region.RegionExtents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The catalog in the vocabularies harvesters speak: DCAT-AP 3 as JSON-LD (EU and most national portals) and
 * DCAT-US 1.1 / Project Open Data {@code data.json}.
 */
@ApplicationScoped
public class DcatDocuments {

    /** Standards the API follows (problem details for errors, web links for paging). */
    private static final List<String> STANDARDS = List.of("https://www.rfc-editor.org/rfc/rfc9457",
            "https://www.rfc-editor.org/rfc/rfc8288");
    /** The NDJSON specification, for the downloads that have no registered media type. */
    private static final String NDJSON_SPEC = "https://github.com/ndjson/ndjson-spec";
    private static final Map<Format, String> FORMAT_EN = Map.of(Format.CSV, "CSV (RFC 4180, UTF-8, header row)",
            Format.JSON, "a JSON array of records", Format.GEOJSON, "a GeoJSON FeatureCollection (RFC 7946)",
            Format.NDJSON, "newline-delimited JSON, one record a line (application/x-ndjson, not registered"
                    + " with IANA)");
    private static final Map<Format, String> FORMAT_ID = Map.of(Format.CSV, "CSV (RFC 4180, UTF-8, baris judul)",
            Format.JSON, "larik JSON berisi rekaman", Format.GEOJSON, "FeatureCollection GeoJSON (RFC 7946)",
            Format.NDJSON, "JSON per baris, satu rekaman per baris (application/x-ndjson, tidak terdaftar di"
                    + " IANA)");
    private static final Map<String, String> ISO_FREQUENCY = Map.of("annual", "R/P1Y", "semiannual", "R/P6M",
            "monthly", "R/P1M", "irregular", "irregular");

    private final ObjectMapper json;
    private final Site site;

    public DcatDocuments(ObjectMapper json, Site site) {
        this.json = json;
        this.site = site;
    }

    /** The DCAT-AP 3 catalog as JSON-LD. */
    public ObjectNode dcatAp(HarvestService.Catalog catalog, String baseUri) {
        ObjectNode root = json.createObjectNode();
        ObjectNode context = root.putObject("@context");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("dcatap", "http://data.europa.eu/r5r/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("spdx", "http://spdx.org/rdf/terms#");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("prov", "http://www.w3.org/ns/prov#");
        context.put("adms", "http://www.w3.org/ns/adms#");
        context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        context.put("gsp", "http://www.opengis.net/ont/geosparql#");
        Iris iris = new Iris(baseUri);
        root.put("@id", iris.catalog());
        root.put("@type", "dcat:Catalog");
        bilingual(root, "dct:title", site.catalogTitleId(), site.catalogTitleEn());
        bilingual(root, "dct:description", site.catalogDescriptionId(), site.catalogDescriptionEn());
        maintainer(root.putObject("dct:publisher"), iris);
        languages(root);
        List<HarvestService.Entry> entries = catalog.entries();
        entries.stream().map(e -> e.dataset().created).min(Comparator.naturalOrder())
                .ifPresent(issued -> typed(root, "dct:issued", issued.toString(), "xsd:dateTime"));
        entries.stream().flatMap(e -> Stream.concat(Stream.of(e.dataset().modified),
                        e.versions().stream().map(v -> v.publishedAt))).max(Comparator.naturalOrder())
                .ifPresent(modified -> typed(root, "dct:modified", modified.toString(), "xsd:dateTime"));
        spatial(root, List.of(site.regencyCode()), catalog, iris);
        DcatVocabularies.scheme(root.putObject("dcat:themeTaxonomy"), DcatVocabularies.DATA_THEME);
        root.putArray("dcat:service").add(service(entries, iris));
        ArrayNode datasets = root.putArray("dcat:dataset");
        for (HarvestService.Entry entry : entries) {
            datasets.add(dataset(entry, catalog, iris));
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

    /** The API as a data service: where it is, what describes it, which datasets it serves. */
    private ObjectNode service(List<HarvestService.Entry> entries, Iris iris) {
        ObjectNode node = json.createObjectNode();
        node.put("@id", iris.service());
        node.put("@type", "dcat:DataService");
        node.putArray("dct:title").addObject().put("@value", site.title()).put("@language", "en");
        bilingual(node, "dct:description", site.descriptionId(), site.descriptionEn());
        // rdfs:Resource is what the range shapes ask of these; a validator without RDFS inference needs it stated
        node.putObject("dcat:endpointURL").put("@id", iris.base() + "api/v1").put("@type", "rdfs:Resource");
        node.putObject("dcat:endpointDescription").put("@id", iris.base() + "q/openapi")
                .put("@type", "rdfs:Resource");
        ObjectNode landing = node.putObject("dcat:landingPage");
        landing.put("@id", iris.base() + "q/swagger-ui");
        landing.put("@type", "foaf:Document");
        ArrayNode conformsTo = node.putArray("dct:conformsTo");
        for (String standard : STANDARDS) {
            conformsTo.addObject().put("@id", standard).put("@type", "dct:Standard");
        }
        node.putObject("dct:publisher").put("@id", iris.publisher());
        ObjectNode contact = node.putObject("dcat:contactPoint");
        contact.put("@type", "vcard:Kind");
        contact.put("vcard:fn", site.maintainerName());
        contact.putObject("vcard:hasURL").put("@id", site.maintainerUrl());
        ArrayNode themes = node.putArray("dcat:theme");
        entries.stream().flatMap(e -> e.dataset().themeList().stream()).distinct().sorted()
                .forEach(t -> DcatVocabularies.concept(themes.addObject(), DcatVocabularies.theme(t)));
        ArrayNode keywords = node.putArray("dcat:keyword");
        entries.stream().flatMap(e -> e.dataset().keywordList().stream()).distinct().sorted()
                .forEach(keywords::add);
        ArrayNode served = node.putArray("dcat:servesDataset");
        entries.forEach(e -> served.addObject().put("@id", iris.dataset(e.dataset().id)));
        return node;
    }

    /** A dataset: its metadata, the distributions of its latest version and every version as a dataset. */
    private ObjectNode dataset(HarvestService.Entry entry, HarvestService.Catalog catalog, Iris iris) {
        Dataset d = entry.dataset();
        DatasetVersion latest = entry.latest();
        ObjectNode node = json.createObjectNode();
        node.put("@id", iris.dataset(d.id));
        node.put("@type", "dcat:Dataset");
        node.put("dct:identifier", d.id);
        bilingual(node, "dct:title", d.titleId, d.titleEn);
        bilingual(node, "dct:description", d.descriptionId, d.descriptionEn);
        describe(node, d, catalog, iris);
        DcatVocabularies.concept(node.putObject("dct:accrualPeriodicity"),
                DcatVocabularies.frequency(d.updateFrequency), "dct:Frequency");
        temporal(node, d);
        // Issued when its first version's data was, where the source states it; not when a seed was loaded.
        entry.versions().stream().findFirst().ifPresent(first -> issued(node, first));
        typed(node, "dct:modified", d.modified.toString(), "xsd:dateTime");
        ArrayNode distributions = node.putArray("dcat:distribution");
        if (latest != null) {
            node.put("dcat:version", String.valueOf(latest.number()));
            node.putObject("dcat:hasCurrentVersion").put("@id", iris.version(latest));
            // the downloads of the latest version, described once, under that version
            latest.formats().forEach(f -> distributions.addObject().put("@id", download(latest, f, iris.base())));
        }
        ArrayNode versions = node.putArray("dcat:hasVersion");
        DatasetVersion previous = null;
        for (DatasetVersion version : entry.versions()) {
            versions.add(version(d, version, previous, version == latest, catalog, iris));
            previous = version;
        }
        return node;
    }

    /** One version, as DCAT 3 describes a version: a dataset of its own with its number and downloads. */
    private ObjectNode version(Dataset d, DatasetVersion v, DatasetVersion previous, boolean latest,
            HarvestService.Catalog catalog, Iris iris) {
        ObjectNode node = json.createObjectNode();
        node.put("@id", iris.version(v));
        node.put("@type", "dcat:Dataset");
        node.put("dct:identifier", d.id + "/versions/" + v.number());
        bilingual(node, "dct:title", d.titleId + " (versi " + v.number() + ")",
                d.titleEn + " (version " + v.number() + ")");
        bilingual(node, "dct:description", d.descriptionId, d.descriptionEn);
        bilingual(node, "adms:versionNotes", v.notesId, v.notesEn);
        node.put("dcat:version", String.valueOf(v.number()));
        node.putObject("dcat:isVersionOf").put("@id", iris.dataset(d.id));
        if (previous != null) {
            node.putObject("dcat:previousVersion").put("@id", iris.version(previous));
        }
        issued(node, v);
        describe(node, d, catalog, iris);
        if (latest) {
            // the dataset's coverage is that of its latest version; older versions' coverage is not recorded
            temporal(node, d);
        }
        distributions(node.putArray("dcat:distribution"), d, v, iris);
        return node;
    }

    /** What a dataset and each of its versions share: who, what about, where, under which terms, from what. */
    private void describe(ObjectNode node, Dataset d, HarvestService.Catalog catalog, Iris iris) {
        ArrayNode keywords = node.putArray("dcat:keyword");
        d.keywordList().forEach(keywords::add);
        ArrayNode themes = node.putArray("dcat:theme");
        d.themeList().forEach(t -> DcatVocabularies.concept(themes.addObject(), DcatVocabularies.theme(t)));
        ObjectNode publisher = node.putObject("dct:publisher");
        publisher.put("@id", iris.base() + "api/v1/organizations#" + d.publisher.id);
        publisher.put("@type", "foaf:Agent");
        bilingual(publisher, "foaf:name", d.publisher.name, d.publisher.nameEn);
        DcatVocabularies.concept(publisher.putObject("dct:type"), DcatVocabularies.LOCAL_AUTHORITY);
        ObjectNode contact = node.putObject("dcat:contactPoint");
        contact.put("@type", "vcard:Kind");
        contact.put("vcard:fn", d.contactName);
        if (d.contactUrl != null) {
            contact.putObject("vcard:hasURL").put("@id", d.contactUrl);
        }
        license(node.putObject("dct:license"), d, iris);
        if (d.attribution != null) {
            rights(node.putObject("dct:rights"), d);
        }
        spatial(node, d.spatial, catalog, iris);
        ArrayNode sources = node.putArray("prov:wasDerivedFrom");
        d.sources.forEach(s -> sources.addObject().put("@id", iris.base() + "api/v1/sources/" + s)
                .put("@type", "prov:Entity"));
    }

    private void distributions(ArrayNode distributions, Dataset d, DatasetVersion v, Iris iris) {
        for (Format format : v.formats()) {
            String name = format.parameterValue().toUpperCase(Locale.ROOT);
            ObjectNode dist = distributions.addObject();
            dist.put("@id", download(v, format, iris.base()));
            dist.put("@type", "dcat:Distribution");
            dist.put("dct:title", d.titleEn + " (" + name + ")");
            bilingual(dist, "dct:description", "Versi " + v.number() + " dalam " + FORMAT_ID.get(format),
                    "Version " + v.number() + " as " + FORMAT_EN.get(format));
            dist.putObject("dcat:accessURL").put("@id", iris.dataset(d.id));
            dist.putObject("dcat:accessService").put("@id", iris.service());
            dist.putObject("dcat:downloadURL").put("@id", download(v, format, iris.base()));
            String mediaType = DcatVocabularies.mediaType(format);
            if (mediaType != null) {
                dist.putObject("dcat:mediaType").put("@id", mediaType).put("@type", "dct:MediaType");
            }
            DcatVocabularies.Concept fileType = DcatVocabularies.fileType(format);
            if (fileType != null) {
                DcatVocabularies.concept(dist.putObject("dct:format"), fileType, "dct:MediaTypeOrExtent");
            } else {
                dist.putArray("dct:conformsTo").addObject().put("@id", NDJSON_SPEC).put("@type", "dct:Standard");
            }
            DcatVocabularies.concept(dist.putObject("dcatap:availability"), DcatVocabularies.STABLE);
            license(dist.putObject("dct:license"), d, iris);
            if (d.attribution != null) {
                rights(dist.putObject("dct:rights"), d);
            }
            typed(dist, "dcat:byteSize", String.valueOf(v.bytes(format)), "xsd:nonNegativeInteger");
            if (format == Format.CSV) {
                ObjectNode checksum = dist.putObject("spdx:checksum");
                checksum.put("@type", "spdx:Checksum");
                checksum.putObject("spdx:algorithm").put("@id", DcatVocabularies.SHA256)
                        .put("@type", "spdx:ChecksumAlgorithm");
                typed(checksum, "spdx:checksumValue", v.csvSha256(), "xsd:hexBinary");
            }
        }
    }

    /**
     * The licence document; where there is none (the sources state no licence) a node of the catalog's own, of
     * ADMS type "unknown IPR", whose label says so.
     */
    private static void license(ObjectNode node, Dataset d, Iris iris) {
        node.put("@id", d.licenseUrl != null ? d.licenseUrl : iris.dataset(d.id) + "#license");
        node.put("@type", "dct:LicenseDocument");
        node.putObject("rdfs:label").put("@value", d.licenseTitle).put("@language", "en");
        ArrayNode types = node.putArray("dct:type");
        DcatVocabularies.licenceTypes(d.licenseId).forEach(t -> DcatVocabularies.concept(types.addObject(), t));
        if (d.licenseUrl == null) {
            DcatVocabularies.concept(types.addObject(), DcatVocabularies.UNKNOWN_IPR);
        }
    }

    private static void temporal(ObjectNode node, Dataset d) {
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
    }

    private static void rights(ObjectNode node, Dataset d) {
        node.put("@type", "dct:RightsStatement");
        node.putObject("rdfs:label").put("@value", d.attribution).put("@language", "en");
    }

    /** The areas, each a location of the catalog's own with the Kemendagri code, name, centroid and box. */
    private static void spatial(ObjectNode node, List<String> codes, HarvestService.Catalog catalog, Iris iris) {
        ArrayNode spatial = node.putArray("dct:spatial");
        for (String code : codes) {
            RegionExtents.Extent area = catalog.areas().get(code);
            ObjectNode location = spatial.addObject();
            location.put("@id", iris.area(code));
            location.put("@type", "dct:Location");
            location.put("dct:identifier", code);
            if (area == null) {
                continue;
            }
            location.putObject("skos:prefLabel").put("@value", area.name()).put("@language", "id");
            location.putObject("rdfs:seeAlso").put("@id", iris.region(area));
            if (area.lat() != null && area.lon() != null) {
                typed(location, "dcat:centroid", "POINT(" + area.lon() + " " + area.lat() + ")", "gsp:wktLiteral");
            }
            BoundingBox b = area.bounds();
            if (b != null) {
                typed(location, "dcat:bbox", String.format(Locale.ROOT,
                        "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))", b.minLon(), b.minLat(), b.maxLon(),
                        b.minLat(), b.maxLon(), b.maxLat(), b.minLon(), b.maxLat(), b.minLon(), b.minLat()),
                        "gsp:wktLiteral");
            }
        }
    }

    private void maintainer(ObjectNode node, Iris iris) {
        node.put("@id", iris.publisher());
        node.put("@type", "foaf:Agent");
        node.put("foaf:name", site.maintainerName());
        node.putObject("foaf:homepage").put("@id", site.maintainerUrl()).put("@type", "foaf:Document");
    }

    private static void languages(ObjectNode node) {
        ArrayNode languages = node.putArray("dct:language");
        DcatVocabularies.LANGUAGES.forEach(l -> DcatVocabularies.concept(languages.addObject(), l,
                "dct:LinguisticSystem"));
    }

    /** The IRIs of the catalog; what only the catalog describes is a fragment of the catalog document. */
    private record Iris(String base) {

        String catalog() {
            return base + "api/v1/catalog.jsonld";
        }

        String publisher() {
            return catalog() + "#publisher";
        }

        String service() {
            return catalog() + "#api";
        }

        String area(String code) {
            return catalog() + "#area-" + code;
        }

        String dataset(String id) {
            return base + "api/v1/datasets/" + id;
        }

        String version(DatasetVersion v) {
            return dataset(v.key.datasetId()) + "/versions/" + v.number();
        }

        String region(RegionExtents.Extent area) {
            return switch (area.level()) {
                case REGENCY -> base + "api/v1/regency";
                case DISTRICT -> base + "api/v1/districts/" + area.code();
                case VILLAGE -> base + "api/v1/villages/" + area.code();
            };
        }
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

    /** {@code dct:issued} of a version: when its data was issued, as precisely as stated; nothing where it is not. */
    private static void issued(ObjectNode node, DatasetVersion v) {
        if (v.issued != null) {
            typed(node, "dct:issued", v.issued, switch (v.issued.length()) {
                case 4 -> "xsd:gYear";
                case 7 -> "xsd:gYearMonth";
                default -> "xsd:date";
            });
        }
    }

    private static void typed(ObjectNode node, String property, String value, String type) {
        node.putObject(property).put("@value", value).put("@type", type);
    }
}
