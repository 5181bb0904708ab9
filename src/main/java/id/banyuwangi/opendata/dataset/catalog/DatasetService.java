package id.banyuwangi.opendata.dataset.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads the catalog: the datasets with their metadata, search and facets, and each dataset's Table Schema, parsed
 * once per text (a schema changed on any replica is read anew, since the text is part of the dataset's row).
 */
@ApplicationScoped
public class DatasetService {

    /** Facet counts of a catalog search: value to number of matching datasets. */
    public record Facets(Map<String, Long> theme, Map<String, Long> publisher, Map<String, Long> license,
            Map<String, Long> keyword) {
    }

    private static final int PARSED_SCHEMAS = 1000;

    private final DatasetRepository datasets;
    private final Pager pager;
    private final ObjectMapper json;
    private final Map<String, TableSchema> parsedSchemas = new ConcurrentHashMap<>();

    public DatasetService(DatasetRepository datasets, Pager pager, ObjectMapper json) {
        this.datasets = datasets;
        this.pager = pager;
        this.json = json;
    }

    /** One page of the catalog. */
    public Slice<Dataset> list(DatasetFilter filter, PageParameters parameters) {
        return pager.page(parameters, DatasetRepository.SORT, p -> datasets.page(filter, p));
    }

    /** Facet counts over every dataset matching the filter. */
    public Facets facets(DatasetFilter filter) {
        List<Dataset> matching = datasets.matching(filter);
        return new Facets(count(matching, Dataset::themeList), count(matching, d -> List.of(d.publisher.id)),
                count(matching, d -> List.of(d.licenseId)), count(matching, Dataset::keywordList));
    }

    /** One dataset; 404 when none has the id. */
    public Dataset get(String id) {
        return datasets.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No dataset has the id '" + id + "'."));
    }

    /** The Table Schema of a dataset; a records request does not parse hundreds of fields again. */
    public TableSchema schema(Dataset dataset) {
        TableSchema schema = parsedSchemas.get(dataset.tableSchema);
        if (schema != null) {
            return schema;
        }
        try {
            schema = json.readValue(dataset.tableSchema, TableSchema.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dataset " + dataset.id + " has an unreadable table schema", e);
        }
        if (parsedSchemas.size() >= PARSED_SCHEMAS) {
            parsedSchemas.clear();
        }
        parsedSchemas.put(dataset.tableSchema, schema);
        return schema;
    }

    private static Map<String, Long> count(List<Dataset> datasets, Function<Dataset, List<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        datasets.forEach(d -> values.apply(d).forEach(v -> counts.merge(v, 1L, Long::sum)));
        return counts;
    }
}
