package id.banyuwangi.opendata.dataset.release;

import id.banyuwangi.opendata.dataset.catalog.TableSchema;
import java.util.List;

/**
 * Conditions on the records of a version, already checked against the dataset's Table Schema.
 *
 * @param conditions field conditions, all of which must hold
 * @param words      words that must each start a word of the record's values (see {@link SearchWords}); empty for
 *                   none
 */
public record RecordFilter(List<Condition> conditions, List<String> words) {

    /** What a condition compares. */
    public enum Kind {
        /** The value is one of {@code texts} ({@code ""} standing for empty). */
        IN,
        /** The value is at least {@code bound}. */
        MIN,
        /** The value is at most {@code bound}. */
        MAX
    }

    /**
     * One condition on one field.
     *
     * @param field the field, of the dataset's schema
     * @param kind  the comparison
     * @param texts for IN, the canonical values
     * @param bound for MIN and MAX, the canonical bound
     */
    public record Condition(TableSchema.Field field, Kind kind, List<String> texts, String bound) {
    }
}
