package id.banyuwangi.opendata.ogc.api;

/** Examples of the OGC API responses for the OpenAPI document, as served (geometries shortened). */
final class OgcExamples {

    static final String LANDING_PAGE = """
            {"title":"Open Data API: OGC API - Features","description":"The villages, the kecamatan and every\
             dataset version with geometry as feature collections in GeoJSON (WGS 84 longitude, latitude).",\
            "links":[{"href":"https://example.org/ogc","rel":"self","type":"application/json",\
            "title":"This document"},{"href":"https://example.org/q/openapi?format=json","rel":"service-desc",\
            "type":"application/json","title":"The API definition (OpenAPI 3.1, the whole service)"},\
            {"href":"https://example.org/q/swagger-ui","rel":"service-doc","type":"text/html",\
            "title":"The API documentation"},{"href":"https://example.org/ogc/conformance","rel":"conformance",\
            "type":"application/json","title":"The conformance classes implemented"},\
            {"href":"https://example.org/ogc/collections","rel":"data","type":"application/json",\
            "title":"The feature collections"}]}""";

    static final String CONFORMANCE = """
            {"conformsTo":["http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",\
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"]}""";

    static final String COLLECTION = """
            {"id":"villages","title":"Desa and kelurahan","description":"The desa and kelurahan with their\
             Kemendagri codes and simplified boundaries; the properties are those of /api/v1/villages.",\
            "links":[{"href":"https://example.org/ogc/collections/villages","rel":"self","type":"application/json",\
            "title":"This collection"},{"href":"https://example.org/ogc/collections/villages/items","rel":"items",\
            "type":"application/geo+json","title":"Its features"}],"extent":{"spatial":{"bbox":[[113.837593,\
            -8.78022,114.605262,-7.884666]],"crs":"http://www.opengis.net/def/crs/OGC/1.3/CRS84"}},\
            "itemType":"feature","crs":["http://www.opengis.net/def/crs/OGC/1.3/CRS84"]}""";

    static final String COLLECTIONS = "{\"links\":[{\"href\":\"https://example.org/ogc/collections\","
            + "\"rel\":\"self\",\"type\":\"application/json\",\"title\":\"This document\"}],\"collections\":["
            + COLLECTION + "]}";

    private static final String VILLAGE = """
            {"type":"Feature","id":"35.10.03.2002","geometry":{"type":"MultiPolygon","coordinates":[[[[114.255084,\
            -8.53902],[114.272312,-8.539567],[114.292516,-8.614108],[114.256399,-8.601183],[114.255084,-8.53902]\
            ]]]},"properties":{"code":"35.10.03.2002","name":"Sumberasri","type":"desa","district_code":"35.10.03",\
            "district_name":"Purwoharjo","lat":-8.577935,"lon":114.27152,"postal_code":"68483",\
            "bps_code":"3510030002","area_km2":null,"polygon_area_km2":21.211,\
            "former_names":[{"name":"Sumbersari","decree":"Kepmendagri 050-145/2022"}],\
            "links":{"self":"https://example.org/api/v1/villages/35.10.03.2002",\
            "district":"https://example.org/api/v1/districts/35.10.03"}},"links":""";

    static final String FEATURE = VILLAGE + """
            [{"href":"https://example.org/ogc/collections/villages/items/35.10.03.2002","rel":"self",\
            "type":"application/geo+json","title":"This feature"},{"href":"https://example.org/ogc/collections/\
            villages","rel":"collection","type":"application/json","title":"Its collection"}]}""";

    static final String FEATURES = "{\"type\":\"FeatureCollection\",\"features\":[" + VILLAGE + "[]}],"
            + "\"numberMatched\":1,\"numberReturned\":1,\"timeStamp\":\"2025-06-01T08:00:00Z\",\"links\":["
            + "{\"href\":\"https://example.org/ogc/collections/villages/items?bbox=114.2714,-8.578,114.2716,-8.5778\","
            + "\"rel\":\"self\",\"type\":\"application/geo+json\",\"title\":\"This page\"},"
            + "{\"href\":\"https://example.org/ogc/collections/villages\",\"rel\":\"collection\","
            + "\"type\":\"application/json\",\"title\":\"The collection\"}]}";

    private OgcExamples() {
    }
}
