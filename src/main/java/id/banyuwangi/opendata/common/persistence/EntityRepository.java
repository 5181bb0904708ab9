package id.banyuwangi.opendata.common.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.query.SelectionQuery;

/**
 * The base of every repository: the few queries they share, on the {@link EntityManager} of the database chosen at
 * run time (see {@link ActiveDatabase}). A query may be written in full ({@code from Village v where ...}) or, as a
 * shorthand, as its condition ({@code code in ?1}), its order ({@code order by code}) or, with one parameter, a
 * property name ({@code datasetId}); {@link Hql} expands them. Parameters are positional ({@code ?1}) or named
 * ({@code :code}, given as a map).
 *
 * @param <E> the entity
 * @param <K> the type of its id
 */
public abstract class EntityRepository<E, K> {

    @Inject
    EntityManager entityManager;

    private final Class<E> type;
    private String entityName;

    protected EntityRepository() {
        Class<?> repository = getClass();
        while (repository.getSuperclass() != EntityRepository.class) {
            repository = repository.getSuperclass(); // past CDI's subclasses
        }
        @SuppressWarnings("unchecked")
        Class<E> entity = (Class<E>) ((ParameterizedType) repository.getGenericSuperclass())
                .getActualTypeArguments()[0];
        this.type = entity;
    }

    /** The entity manager of the active database, for queries these methods do not cover. */
    public EntityManager getEntityManager() {
        return entityManager;
    }

    public E findById(K id) {
        return entityManager.find(type, id);
    }

    /** The entity with this id, locked as {@code lock} says until the transaction ends. */
    public E findById(K id, LockModeType lock) {
        return entityManager.find(type, id, lock);
    }

    public Optional<E> findByIdOptional(K id) {
        return Optional.ofNullable(findById(id));
    }

    public void persist(E entity) {
        entityManager.persist(entity);
    }

    public void persist(Iterable<E> entities) {
        entities.forEach(entityManager::persist);
    }

    public void persistAndFlush(E entity) {
        persist(entity);
        flush();
    }

    public void flush() {
        entityManager.flush();
    }

    public void delete(E entity) {
        entityManager.remove(entity);
    }

    /** Deletes the entity with this id; false if there is none. */
    public boolean deleteById(K id) {
        E entity = findById(id);
        if (entity == null) {
            return false;
        }
        delete(entity);
        return true;
    }

    public List<E> listAll() {
        return find("").list();
    }

    public long count() {
        return count("");
    }

    public Results<E> find(String query, Object... params) {
        return new Results<>(bind(select(query, params.length), params));
    }

    public Results<E> find(String query, Map<String, Object> params) {
        return new Results<>(bind(select(query, params.size()), params));
    }

    public List<E> list(String query, Object... params) {
        return find(query, params).list();
    }

    public List<E> list(String query, Map<String, Object> params) {
        return find(query, params).list();
    }

    /** The number of entities the query (as for {@link #find}) chooses. */
    public long count(String query, Object... params) {
        return bind(select(query, params.length), params).unwrap(SelectionQuery.class).getResultCount();
    }

    public long count(String query, Map<String, Object> params) {
        return bind(select(query, params.size()), params).unwrap(SelectionQuery.class).getResultCount();
    }

    /** Runs a bulk update ({@code field = :value where ...}); the number of rows changed. */
    public int update(String query, Map<String, Object> params) {
        return bind(entityManager.createQuery(Hql.update(entityName(), query)), params).executeUpdate();
    }

    /** Runs a bulk delete (the condition, or a property name with one parameter); the number of rows deleted. */
    public long delete(String query, Object... params) {
        return bind(entityManager.createQuery(Hql.delete(entityName(), query, params.length)), params)
                .executeUpdate();
    }

    private TypedQuery<E> select(String query, int paramCount) {
        return entityManager.createQuery(Hql.select(entityName(), query, paramCount), type);
    }

    private String entityName() {
        if (entityName == null) {
            entityName = entityManager.getMetamodel().entity(type).getName();
        }
        return entityName;
    }

    private static <Q extends Query> Q bind(Q query, Object... params) {
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }

    private static <Q extends Query> Q bind(Q query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    /** A query's results: all, a range or the first. */
    public static final class Results<E> {

        private final TypedQuery<E> query;

        Results(TypedQuery<E> query) {
            this.query = query;
        }

        /** Rows {@code first} to {@code last}, both included (counted from 0). */
        public Results<E> range(int first, int last) {
            query.setFirstResult(first).setMaxResults(last - first + 1);
            return this;
        }

        public List<E> list() {
            return query.getResultList();
        }

        public Optional<E> firstResultOptional() {
            return query.setMaxResults(1).getResultStream().findFirst();
        }
    }
}
