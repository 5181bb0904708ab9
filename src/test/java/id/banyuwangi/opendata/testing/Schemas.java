package id.banyuwangi.opendata.testing;

import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Table Schemas for the tests of storage limits. */
public final class Schemas {

    private Schemas() {
    }

    /** A schema of {@code fields} fields of every type, keyed by a village code. */
    public static TableSchema wide(int fields) {
        List<TableSchema.Field> list = new ArrayList<>();
        list.add(TableSchema.Field.of("village_code", "string"));
        String[] types = {"string", "integer", "number", "boolean", "date", "datetime", "year"};
        IntStream.range(1, fields).forEach(i -> list.add(TableSchema.Field.of("f" + i, types[i % types.length])));
        return new TableSchema(list, List.of("village_code"), null);
    }
}
