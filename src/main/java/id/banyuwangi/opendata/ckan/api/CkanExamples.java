package id.banyuwangi.opendata.ckan.api;

/** Examples of the CKAN action API's answers, for the OpenAPI document (each complete: a typed client relies on it). */
final class CkanExamples {

    private static final String HELP = "\"help\":\"https://example.org/api/3/action/help_show?name=";
    private static final String ORGANIZATION = """
            {"id":"diskominfo-banyuwangi","name":"diskominfo-banyuwangi",\
            "title":"Dinas Komunikasi, Informatika dan Persandian Kabupaten Banyuwangi",\
            "description":"Communication, Informatics and Encryption Office of Banyuwangi Regency",\
            "type":"organization","state":"active","is_organization":true}""";
    private static final String RESOURCE = """
            {"id":"villages-csv","package_id":"villages",\
            "name":"Villages (desa and kelurahan) of Banyuwangi Regency (CSV)",\
            "url":"https://example.org/api/v1/datasets/villages/versions/2/download?format=csv","format":"CSV",\
            "mimetype":"text/csv","size":20107,\
            "hash":"sha256:87b1a886c77886dbfc8b1500cc30084e15a5a36c3840d27e067c6e08b999b2df",\
            "created":"2026-11-29T05:00:00Z","last_modified":"2026-11-29T05:00:00Z","datastore_active":true,\
            "state":"active"}""";
    private static final String PACKAGE = """
            {"id":"villages","name":"villages","title":"Villages (desa and kelurahan) of Banyuwangi Regency",\
            "notes":"The 217 desa and kelurahan with Kemendagri codes.","type":"dataset","state":"active",\
            "private":false,"license_id":"ODbL-1.0","license_title":"Open Data Commons Open Database License 1.0",\
            "license_url":"https://opendatacommons.org/licenses/odbl/1-0/",\
            "author":"Communication, Informatics and Encryption Office of Banyuwangi Regency",\
            "maintainer":"Banyuwangi Open Data API maintainers","url":"https://example.org/api/v1/datasets/villages",\
            "version":"2","metadata_created":"2026-11-29T05:00:00Z","metadata_modified":"2026-11-29T05:00:00Z",\
            "organization":""" + ORGANIZATION + """
            ,"owner_org":"diskominfo-banyuwangi","tags":[{"name":"desa","display_name":"desa","state":"active"}],\
            "num_tags":1,"groups":[{"name":"regi","title":"REGI"}],\
            "extras":[{"key":"title_id","value":"Desa dan kelurahan di Kabupaten Banyuwangi"}],\
            "resources":[""" + RESOURCE + """
            ],"num_resources":1}""";

    static final String PACKAGE_LIST = "{" + HELP + "package_list\",\"success\":true,\"result\":[\"idm\",\"villages\"]}";
    static final String PACKAGE_SHOW = "{" + HELP + "package_show\",\"success\":true,\"result\":" + PACKAGE + "}";
    static final String PACKAGE_SEARCH = "{" + HELP + "package_search\",\"success\":true,\"result\":{\"count\":1,"
            + "\"sort\":\"name asc\",\"results\":[" + PACKAGE + "],\"facets\":{\"organization\":"
            + "{\"diskominfo-banyuwangi\":1}},\"search_facets\":{\"organization\":{\"title\":\"organization\","
            + "\"items\":[{\"name\":\"diskominfo-banyuwangi\",\"display_name\":\"diskominfo-banyuwangi\","
            + "\"count\":1}]}}}}";
    static final String ORGANIZATION_LIST = "{" + HELP + "organization_list\",\"success\":true,\"result\":"
            + "[\"diskominfo-banyuwangi\",\"dpmd-banyuwangi\"]}";
    static final String RESOURCE_SHOW = "{" + HELP + "resource_show\",\"success\":true,\"result\":" + RESOURCE + "}";
    static final String DATASTORE_SEARCH = "{" + HELP + "datastore_search\",\"success\":true,\"result\":{"
            + "\"resource_id\":\"villages-csv\",\"fields\":[{\"id\":\"code\",\"type\":\"text\"}],"
            + "\"records\":[{\"code\":\"35.10.01.2001\"}],\"total\":217,\"limit\":1,\"offset\":0,"
            + "\"_links\":{\"start\":\"/api/3/action/datastore_search?resource_id=villages-csv\","
            + "\"next\":\"/api/3/action/datastore_search?resource_id=villages-csv&offset=1\"}}}";

    private CkanExamples() {
    }
}
