package db.migration;

import id.banyuwangi.opendata.dataset.release.SlotTableMigration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 6: every dataset's records move from the shared slot table to typed tables of their own, made from
 * each dataset's Table Schema at run time (hence Java, not SQL; see {@link SlotTableMigration}).
 */
public class V6__Typed_record_tables extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        SlotTableMigration.migrate(context.getConnection());
    }
}
