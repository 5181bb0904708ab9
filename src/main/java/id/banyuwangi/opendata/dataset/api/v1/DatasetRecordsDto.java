package id.banyuwangi.opendata.dataset.api.v1;

import id.banyuwangi.opendata.common.paging.Page;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the records of one version. */
@Schema(name = "DatasetRecordPage", description = "Records of one version; each item has the schema's fields.")
public record DatasetRecordsDto(
        @Schema(examples = "villages") String datasetId,
        @Schema(examples = "2") int version,
        @Schema(description = "The records: objects whose keys are the schema's field names.")
        List<Map<String, Object>> items,
        Page.Paging paging) {

    /** Example of a records page in JSON. */
    public static final String EXAMPLE = """
            {"dataset_id":"villages","version":2,"items":[{"code":"35.10.03.2002","name":"Sumberasri","type":"desa",\
            "district_code":"35.10.03","district_name":"Purwoharjo","postal_code":"68483","bps_code":"3510030002",\
            "lat":-8.577935,"lon":114.27152,"polygon_area_km2":21.211}],"paging":{"limit":1,"next_cursor":null,\
            "next":null,\
            "self":"https://example.org/api/v1/datasets/villages/versions/2/records?code=35.10.03.2002"}}""";
}
