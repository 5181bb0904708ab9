package id.banyuwangi.opendata.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The shorthand queries of the repositories, expanded to HQL. */
class HqlTest {

    @Test
    void aFullQueryStaysAsItIs() {
        assertEquals("from Village v join fetch v.district where v.code = ?1",
                Hql.select("Village", " from Village v join fetch v.district where v.code = ?1", 1));
        assertEquals("select v.code from Village v", Hql.select("Village", "select v.code from Village v", 0));
    }

    @Test
    void anEmptyQueryOrAnOrderSelectsEveryRow() {
        assertEquals("from Village", Hql.select("Village", "", 0));
        assertEquals("from Village order by code", Hql.select("Village", "order by code", 0));
    }

    @Test
    void aConditionGetsFromAndWhere() {
        assertEquals("from Village where code in ?1 order by name",
                Hql.select("Village", "code in ?1 order by name", 1));
        assertEquals("from Village where code = :code", Hql.select("Village", "code = :code", 1));
    }

    @Test
    void aPropertyNameWithOneParameterIsAnEquality() {
        assertEquals("from ApiKey where secretSha256 = ?1", Hql.select("ApiKey", "secretSha256", 1));
        assertEquals("delete from Observation where datasetId = ?1", Hql.delete("Observation", "datasetId", 1));
        assertEquals("from Offering where key.serviceCode = ?1", Hql.select("Offering", "key.serviceCode", 1));
    }

    @Test
    void updatesAndDeletesGetTheirVerb() {
        assertEquals("update Observation set lastVersion = :last where datasetId = :dataset",
                Hql.update("Observation", "lastVersion = :last where datasetId = :dataset"));
        assertEquals("update Observation set lastVersion = 1", Hql.update("Observation", "set lastVersion = 1"));
        assertEquals("update Observation o set o.lastVersion = 1",
                Hql.update("Observation", "update Observation o set o.lastVersion = 1"));
        assertEquals("delete from Observation where datasetId = ?1 and period = ?2",
                Hql.delete("Observation", "datasetId = ?1 and period = ?2", 2));
        assertEquals("delete from Observation o where o.id = 1",
                Hql.delete("Observation", "from Observation o where o.id = 1", 0));
        assertEquals("delete from Observation", Hql.delete("Observation", "", 0));
    }
}
