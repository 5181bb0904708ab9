package id.banyuwangi.opendata.harvest.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.opendata.common.http.Format;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The controlled vocabularies the DCAT-AP catalog uses (EU authority tables, ADMS, IANA, SPDX), with the English
 * labels their publishers give. DCAT-AP asks publishers to state the type and scheme of each concept they use, so
 * that a validator without the vocabularies loaded can check them; {@link #concept} writes that.
 */
final class DcatVocabularies {

    static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
    static final String DATA_THEME = AUTHORITY + "data-theme";
    static final String FREQUENCY = AUTHORITY + "frequency";
    static final String LANGUAGE = AUTHORITY + "language";
    static final String FILE_TYPE = AUTHORITY + "file-type";
    static final String PLANNED_AVAILABILITY = AUTHORITY + "planned-availability";
    static final String PUBLISHER_TYPE = "http://purl.org/adms/publishertype/1.0";
    static final String LICENCE_TYPE = "http://purl.org/adms/licencetype/1.0";
    static final String MEDIA_TYPES = "http://www.iana.org/assignments/media-types/";
    static final String SHA256 = "http://spdx.org/rdf/terms#checksumAlgorithm_sha256";

    /** A concept: its IRI, its English label and the IRI of its scheme. */
    record Concept(String iri, String label, String scheme) {
    }

    private static final Map<String, String> SCHEME_TITLES = Map.of(DATA_THEME, "Data theme",
            FREQUENCY, "Frequency", LANGUAGE, "Language", FILE_TYPE, "File type",
            PLANNED_AVAILABILITY, "Planned availability", PUBLISHER_TYPE, "Publisher type",
            LICENCE_TYPE, "Licence type");

    private static final Map<String, String> THEMES = Map.ofEntries(
            Map.entry("agri", "Agriculture, fisheries, forestry and food"),
            Map.entry("econ", "Economy and finance"), Map.entry("educ", "Education, culture and sport"),
            Map.entry("ener", "Energy"), Map.entry("envi", "Environment"),
            Map.entry("gove", "Government and public sector"), Map.entry("heal", "Health"),
            Map.entry("intr", "International issues"), Map.entry("just", "Justice, legal system and public safety"),
            Map.entry("op_datpro", "Provisional data"), Map.entry("regi", "Regions and cities"),
            Map.entry("soci", "Population and society"), Map.entry("tech", "Science and technology"),
            Map.entry("tran", "Transport"));

    private static final Map<String, Concept> FREQUENCIES = Map.of(
            "annual", new Concept(FREQUENCY + "/ANNUAL", "annual", FREQUENCY),
            "semiannual", new Concept(FREQUENCY + "/ANNUAL_2", "semiannual", FREQUENCY),
            "monthly", new Concept(FREQUENCY + "/MONTHLY", "monthly", FREQUENCY),
            "irregular", new Concept(FREQUENCY + "/IRREG", "irregular", FREQUENCY));

    /** The languages of the metadata: Indonesian first, English second. */
    static final List<Concept> LANGUAGES = List.of(new Concept(LANGUAGE + "/IND", "Indonesian", LANGUAGE),
            new Concept(LANGUAGE + "/ENG", "English", LANGUAGE));

    /** Published versions never change and stay available. */
    static final Concept STABLE = new Concept(PLANNED_AVAILABILITY + "/STABLE", "stable", PLANNED_AVAILABILITY);

    /** The regency offices that publish are local authorities. */
    static final Concept LOCAL_AUTHORITY = new Concept("http://purl.org/adms/publishertype/LocalAuthority",
            "Local Authority", PUBLISHER_TYPE);

    private static final Concept ATTRIBUTION = licenceType("Attribution", "Attribution");
    private static final Concept SHARE_ALIKE = licenceType("ViralEffect-ShareAlike",
            "Viral effect (a.k.a. Share-alike)");
    private static final Concept PUBLIC_DOMAIN = licenceType("PublicDomain", "Public domain");
    /** Where no licence document exists, as when the source states none. */
    static final Concept UNKNOWN_IPR = licenceType("UnknownIPR", "Unknown IPR");

    private static final Map<String, List<Concept>> LICENCE_TYPES = Map.of(
            "ODbL-1.0", List.of(ATTRIBUTION, SHARE_ALIKE), "CC-BY-4.0", List.of(ATTRIBUTION),
            "CC-BY-SA-4.0", List.of(ATTRIBUTION, SHARE_ALIKE), "MIT", List.of(ATTRIBUTION),
            "other-at", List.of(ATTRIBUTION), "CC0-1.0", List.of(PUBLIC_DOMAIN));

    private DcatVocabularies() {
    }

    /** The EU data theme of a lower-case theme code. */
    static Concept theme(String code) {
        return new Concept(DATA_THEME + "/" + code.toUpperCase(Locale.ROOT), THEMES.get(code), DATA_THEME);
    }

    /** The EU frequency of an update frequency; an unknown one is irregular. */
    static Concept frequency(String updateFrequency) {
        return FREQUENCIES.getOrDefault(updateFrequency, FREQUENCIES.get("irregular"));
    }

    /** The EU file type of a format; null for NDJSON, which the EU file types do not list. */
    static Concept fileType(Format format) {
        return switch (format) {
            case CSV -> new Concept(FILE_TYPE + "/CSV", "CSV", FILE_TYPE);
            case JSON -> new Concept(FILE_TYPE + "/JSON", "JSON", FILE_TYPE);
            case GEOJSON -> new Concept(FILE_TYPE + "/GEOJSON", "GeoJSON", FILE_TYPE);
            case NDJSON -> null;
        };
    }

    /** The IANA media type of a format; null for NDJSON, whose media type IANA has not registered. */
    static String mediaType(Format format) {
        return format == Format.NDJSON ? null : MEDIA_TYPES + format.mediaType();
    }

    /** The ADMS licence types of a licence id; empty for an id not listed here. */
    static List<Concept> licenceTypes(String licenseId) {
        return LICENCE_TYPES.getOrDefault(licenseId, List.of());
    }

    /** The node of a concept with its types, label and scheme. */
    static ObjectNode concept(ObjectNode node, Concept concept, String... types) {
        node.put("@id", concept.iri());
        ArrayNode typeArray = node.putArray("@type");
        typeArray.add("skos:Concept");
        for (String type : types) {
            typeArray.add(type);
        }
        node.putObject("skos:prefLabel").put("@value", concept.label()).put("@language", "en");
        scheme(node.putObject("skos:inScheme"), concept.scheme());
        return node;
    }

    /** The node of a concept scheme with its type and title. */
    static ObjectNode scheme(ObjectNode node, String scheme) {
        node.put("@id", scheme);
        node.put("@type", "skos:ConceptScheme");
        node.putObject("dct:title").put("@value", SCHEME_TITLES.get(scheme)).put("@language", "en");
        return node;
    }

    private static Concept licenceType(String name, String label) {
        return new Concept("http://purl.org/adms/licencetype/" + name, label, LICENCE_TYPE);
    }
}
