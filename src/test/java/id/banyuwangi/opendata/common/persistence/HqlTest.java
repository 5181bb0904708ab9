package id.banyuwangi.opendata.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shorthand queries of the repositories, expanded to HQL. */
class HqlTest {

    @ParameterizedTest(name = "{0} with {1} parameters")
    @CsvSource(delimiter = '|', value = {
        // a full query stays as it is
        "from Village v join v.district d where v.code = ?1|1|from Village v join v.district d where v.code = ?1",
        "select v.code from Village v|0|select v.code from Village v",
        // nothing, or only an order, selects every row
        "''|0|from Village",
        "order by code|0|from Village order by code",
        // a condition gets from and where
        "code in ?1 order by name|1|from Village where code in ?1 order by name",
        "code = :code|1|from Village where code = :code",
        // a bare property with one parameter is an equality
        "postalCode|1|from Village where postalCode = ?1",
        "district.code|1|from Village where district.code = ?1"})
    void aSelectIsExpandedToHql(String query, int parameters, String hql) {
        assertEquals(hql, Hql.select("Village", query, parameters));
    }

    @Test
    void aBulkUpdateGetsItsVerb() {
        assertEquals("update Observation set lastVersion = :last where datasetId = :dataset",
                Hql.update("Observation", "lastVersion = :last where datasetId = :dataset"));
        assertEquals("update Observation set lastVersion = 1", Hql.update("Observation", "set lastVersion = 1"));
        assertEquals("update Observation o set o.lastVersion = 1",
                Hql.update("Observation", "update Observation o set o.lastVersion = 1"));
    }

    @Test
    void aBulkDeleteGetsItsVerb() {
        assertEquals("delete from Observation where datasetId = ?1", Hql.delete("Observation", "datasetId", 1));
        assertEquals("delete from Observation where datasetId = ?1 and period = ?2",
                Hql.delete("Observation", "datasetId = ?1 and period = ?2", 2));
        assertEquals("delete from Observation o where o.id = 1",
                Hql.delete("Observation", "from Observation o where o.id = 1", 0));
        assertEquals("delete from Observation", Hql.delete("Observation", "", 0));
    }
}
