package id.banyuwangi.opendata.dataset;

import java.math.BigDecimal;
import java.util.List;

/**
 * Conditions on the records of a version, already checked against the dataset's Table Schema.
 *
 * @param conditions field conditions, all of which must hold
 * @param words      words that must all occur in the record's values (case-insensitive); empty for none
 */
public record RecordFilter(List<Condition> conditions, List<String> words) {

    /** What a condition compares. */
    public enum Kind {
        /** The value is one of {@code texts}. */
        IN,
        /** The value is at least {@code bound}. */
        MIN,
        /** The value is at most {@code bound}. */
        MAX
    }

    /**
     * One condition on one field.
     *
     * @param slot    the field's slot
     * @param numeric whether the field is numeric (numbers compare as numbers)
     * @param kind    the comparison
     * @param texts   for IN, the canonical values
     * @param numbers for IN on numeric fields, the values as numbers
     * @param bound   for MIN and MAX, the canonical bound
     */
    public record Condition(int slot, boolean numeric, Kind kind, List<String> texts, List<BigDecimal> numbers,
            String bound) {
    }
}
