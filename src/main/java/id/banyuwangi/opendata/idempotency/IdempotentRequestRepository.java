package id.banyuwangi.opendata.idempotency;

import id.banyuwangi.opendata.common.persistence.EntityRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Queries of {@link IdempotentRequest}. */
@ApplicationScoped
public class IdempotentRequestRepository extends EntityRepository<IdempotentRequest, IdempotentRequest.Key> {
}
