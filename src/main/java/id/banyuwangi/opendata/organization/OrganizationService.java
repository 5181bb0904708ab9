package id.banyuwangi.opendata.organization;

import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Pager;
import id.banyuwangi.opendata.common.paging.Slice;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the organizations that publish datasets and hold publisher keys. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final Pager pager;

    public OrganizationService(OrganizationRepository organizations, Pager pager) {
        this.organizations = organizations;
        this.pager = pager;
    }

    /** One page of the organizations. */
    public Slice<Organization> list(PageParameters parameters) {
        return pager.page(parameters, OrganizationRepository.SORT, organizations::page);
    }
}
