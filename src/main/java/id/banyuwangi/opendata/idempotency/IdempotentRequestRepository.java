package id.banyuwangi.opendata.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of {@link IdempotentRequest}. */
@ApplicationScoped
public class IdempotentRequestRepository implements PanacheRepositoryBase<IdempotentRequest, IdempotentRequest.Key> {
}
