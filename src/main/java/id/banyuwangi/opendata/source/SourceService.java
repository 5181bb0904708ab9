package id.banyuwangi.opendata.source;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the source register. */
@ApplicationScoped
public class SourceService {

    private final SourceRepository sources;
    private final Pager pager;

    public SourceService(SourceRepository sources, Pager pager) {
        this.sources = sources;
        this.pager = pager;
    }

    /** One page of sources. */
    public Slice<Source> list(PageParameters parameters) {
        return pager.page(parameters, SourceRepository.SORT, sources::page);
    }

    /** One source; 404 when none has the id. */
    public Source get(String id) {
        return sources.findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No source has the id " + id + "."));
    }
}
