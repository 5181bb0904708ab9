package id.banyuwangi.opendata.dataset.release;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Rows that break a dataset's Table Schema: the first problems (capped) and how many there are in all. */
public class InvalidRowsException extends RuntimeException {

    /**
     * One problem.
     *
     * @param row     the 1-based data row (the header is row 0), or {@link #NO_ROW} for a problem with a record of a
     *                release being published, which the problem names by its key
     * @param field   the field or column concerned
     * @param problem what is wrong
     */
    public record RowError(long row, String field, String problem) {
    }

    /** The row of a problem that is not tied to an uploaded row. */
    public static final long NO_ROW = -1;

    /** Most problems kept; the rest are only counted. */
    public static final int MAX_ERRORS = 100;

    private final transient List<RowError> errors;
    private final long total;

    InvalidRowsException(List<RowError> errors, long total) {
        super(total + " problem(s) in the rows; first: " + errors.get(0));
        this.errors = errors.stream().sorted(Comparator.comparingLong(RowError::row)).toList();
        this.total = total;
    }

    /** The first problems, at most {@link #MAX_ERRORS}. */
    public List<RowError> errors() {
        return errors;
    }

    /** How many problems there are in all. */
    public long total() {
        return total;
    }

    /** Collects the problems of one batch of rows. */
    static final class Collector {
        private final List<RowError> errors = new ArrayList<>();
        private long total;

        void add(long row, String field, String problem) {
            total++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new RowError(row, field, problem));
            }
        }

        /** Counts problems that are not listed one by one (e.g. further repeats of a listed key). */
        void count(long more) {
            total += more;
        }

        boolean any() {
            return total > 0;
        }

        InvalidRowsException exception() {
            return new InvalidRowsException(errors, total);
        }
    }
}
