package id.banyuwangi.opendata.harvest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents harvesters read. Each is also written to {@code target/harvest/}, where {@code .ci/run} validates
 * the data packages with the Frictionless {@code datapackage} library, expands the JSON-LD with {@code jsonld} and
 * checks the catalog against the official DCAT-AP 3.0.1 SHACL shapes ({@code .ci/validate-dcat-shacl.cjs}).
 */
@QuarkusTest
class HarvestDocumentsTest {

    private static final Path OUT = Path.of("target", "harvest");
    private static final String VILLAGES = "'dcat:dataset'.find { it.'dct:identifier' == 'villages' }";
    private static final String IDM = "'dcat:dataset'.find { it.'dct:identifier' == 'idm' }";
    private static final String VILLAGES_V2 = VILLAGES + ".'dcat:hasVersion'.find { it.'dcat:version' == '2' }";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String ADMS = "http://purl.org/adms/";

    @Test
    void theDcatApCatalogDescribesEveryDatasetWithItsVersionsAndTheApi() throws IOException {
        String base = RestAssured.baseURI + ":" + RestAssured.port + "/";
        String catalog = base + "api/v1/catalog.jsonld";
        String villages = base + "api/v1/datasets/villages";
        String body = given().get("/api/v1/catalog.jsonld").then().statusCode(200)
                .contentType("application/ld+json")
                .body("'@type'", is("dcat:Catalog"))
                .body("'dct:publisher'.'@id'", is(catalog + "#publisher"))
                .body("'dct:publisher'.'foaf:name'", is("Banyuwangi Open Data API maintainers"))
                .body("'dct:publisher'.'foaf:homepage'.'@id'", is("https://banyuwangikab.go.id"))
                .body("'dct:language'.'@id'", is(List.of(
                        "http://publications.europa.eu/resource/authority/language/IND",
                        "http://publications.europa.eu/resource/authority/language/ENG")))
                .body("'dcat:themeTaxonomy'.'@id'", is("http://publications.europa.eu/resource/authority/data-theme"))
                .body("'dct:spatial'.'@id'", is(List.of(catalog + "#area-35.10")))
                .body("'dct:spatial'[0].'skos:prefLabel'.'@value'", is("Kabupaten Banyuwangi"))
                .body("'dct:spatial'[0].'dct:identifier'", is("35.10"))
                .body("'dct:spatial'[0].'dcat:centroid'.'@value'", is("POINT(114.205897 -8.36466)"))
                .body("'dct:spatial'[0].'rdfs:seeAlso'.'@id'", is(base + "api/v1/regency"))
                .body("'dct:spatial'[0].'dcat:bbox'.'@value'", is("POLYGON((113.837797 -8.780203, 114.605103 -8.780203,"
                        + " 114.605103 -7.885332, 113.837797 -7.885332, 113.837797 -8.780203))"))
                // the API as a data service
                .body("'dcat:service'", hasSize(1))
                .body("'dcat:service'[0].'@type'", is("dcat:DataService"))
                .body("'dcat:service'[0].'dcat:endpointURL'.'@id'", is(base + "api/v1"))
                .body("'dcat:service'[0].'dcat:endpointDescription'.'@id'", is(base + "q/openapi"))
                .body("'dcat:service'[0].'dcat:servesDataset'", hasSize(15))
                .body("'dcat:service'[0].'dct:publisher'.'@id'", is(catalog + "#publisher"))
                .body("'dcat:dataset'", hasSize(15))
                .body("'dcat:dataset'.'@type'", everyItem(is("dcat:Dataset")))
                // a dataset, its publisher, provenance and versions
                .body(VILLAGES + ".'dct:publisher'.'dct:type'.'@id'", is(ADMS + "publishertype/LocalAuthority"))
                .body(VILLAGES + ".'dct:source'", nullValue())
                .body(VILLAGES + ".'prov:wasDerivedFrom'.'@id'", is(List.of(
                        base + "api/v1/sources/KEMENDAGRI_2025_CAHYADSN",
                        base + "api/v1/sources/KEPMENDAGRI_050_145_2022_LAMPIRAN",
                        base + "api/v1/sources/CAHYADSN_WILAYAH_KODEPOS",
                        base + "api/v1/sources/CAHYADSN_WILAYAH_BOUNDARIES",
                        base + "api/v1/sources/BPS_MFD2018_EDWARDSAMUEL")))
                .body(VILLAGES + ".'dct:spatial'.'@id'", is(List.of(catalog + "#area-35.10")))
                .body(VILLAGES + ".'dcat:version'", is("2"))
                .body(VILLAGES + ".'dcat:hasCurrentVersion'.'@id'", is(villages + "/versions/2"))
                .body(VILLAGES + ".'dcat:hasVersion'.'@id'", is(List.of(villages + "/versions/1",
                        villages + "/versions/2")))
                .body(VILLAGES + ".'dcat:distribution'.'@id'", is(List.of(
                        villages + "/versions/2/download?format=csv", villages + "/versions/2/download?format=json",
                        villages + "/versions/2/download?format=ndjson")))
                .body(VILLAGES_V2 + ".'@type'", is("dcat:Dataset"))
                .body(VILLAGES_V2 + ".'dcat:previousVersion'.'@id'", is(villages + "/versions/1"))
                .body(VILLAGES_V2 + ".'dcat:isVersionOf'.'@id'", is(villages))
                // licences and rights
                .body(VILLAGES + ".'dct:license'.'@id'", is("https://opendatacommons.org/licenses/odbl/1-0/"))
                .body(VILLAGES + ".'dct:license'.'@type'", is("dct:LicenseDocument"))
                .body(VILLAGES + ".'dct:license'.'dct:type'.'@id'", is(List.of(ADMS + "licencetype/Attribution",
                        ADMS + "licencetype/ViralEffect-ShareAlike")))
                .body(VILLAGES + ".'dct:rights'.'@type'", is("dct:RightsStatement"))
                .body(VILLAGES + ".'dct:rights'.'rdfs:label'.'@value'", is("Contains BPS Master File Desa 2018 codes"
                        + " via edwardsamuel/Wilayah-Administratif-Indonesia (ODbL 1.0); names and codes from"
                        + " Kemendagri."))
                .body(IDM + ".'dct:license'.'@id'", is(base + "api/v1/datasets/idm#license"))
                .body(IDM + ".'dct:license'.'rdfs:label'.'@value'",
                        is("Other (Attribution): the sources state no licence"))
                .body(IDM + ".'dct:license'.'dct:type'.'@id'", is(List.of(ADMS + "licencetype/Attribution",
                        ADMS + "licencetype/UnknownIPR")))
                // the downloads of a version: registered media types, EU file types, checksum
                .body(VILLAGES_V2 + ".'dcat:distribution'.'dcat:downloadURL'.'@id'", is(List.of(
                        villages + "/versions/2/download?format=csv", villages + "/versions/2/download?format=json",
                        villages + "/versions/2/download?format=ndjson")))
                .body(VILLAGES_V2 + ".'dcat:distribution'.'dcat:mediaType'.'@id'", is(List.of(
                        IANA + "text/csv", IANA + "application/json")))
                .body(VILLAGES_V2 + ".'dcat:distribution'.'dct:format'.'@id'", is(List.of(
                        "http://publications.europa.eu/resource/authority/file-type/CSV",
                        "http://publications.europa.eu/resource/authority/file-type/JSON")))
                // NDJSON has no registered media type and no EU file type: it names its specification
                .body(VILLAGES_V2 + ".'dcat:distribution'[2].'dcat:mediaType'", nullValue())
                .body(VILLAGES_V2 + ".'dcat:distribution'[2].'dct:conformsTo'.'@id'",
                        is(List.of("https://github.com/ndjson/ndjson-spec")))
                .body(VILLAGES_V2 + ".'dcat:distribution'.'dcatap:availability'.'@id'", is(List.of(
                        "http://publications.europa.eu/resource/authority/planned-availability/STABLE",
                        "http://publications.europa.eu/resource/authority/planned-availability/STABLE",
                        "http://publications.europa.eu/resource/authority/planned-availability/STABLE")))
                .body(VILLAGES_V2 + ".'dcat:distribution'[0].'spdx:checksum'.'spdx:algorithm'.'@id'",
                        is("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"))
                .extract().asString();
        write("catalog.jsonld", body);
    }

    @Test
    void dataJsonFollowsProjectOpenData() {
        given().get("/data.json").then().statusCode(200)
                .body("conformsTo", is("https://project-open-data.cio.gov/v1.1/schema"))
                .body("dataset", hasSize(15))
                .body("dataset.accessLevel", everyItem(is("public")))
                .body("dataset.find { it.title.startsWith('Villages') }.distribution.downloadURL",
                        hasItem(containsString("format=csv")));
    }

    @Test
    void dataPackagesAreWrittenForValidation() throws IOException {
        // The package describes the CSV resource, whose columns are the schema's fields but the geometry.
        for (String path : new String[] {"villages/versions/2", "village-boundaries/versions/1", "idm/versions/1"}) {
            List<String> fields = given().get("/api/v1/datasets/" + path.substring(0, path.indexOf('/'))).then()
                    .statusCode(200).extract().jsonPath()
                    .getList("table_schema.fields.findAll { it.type != 'geojson' }.name");
            String body = given().get("/api/v1/datasets/" + path + "/datapackage.json").then().statusCode(200)
                    .body("resources[0].schema.fields.name", is(fields)).extract().asString();
            write(path.replace("/versions/", "-v") + ".datapackage.json", body);
        }
    }

    private static void write(String name, String body) throws IOException {
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve(name), body, StandardCharsets.UTF_8);
    }
}
