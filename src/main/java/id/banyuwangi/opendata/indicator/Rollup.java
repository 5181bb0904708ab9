package id.banyuwangi.opendata.indicator;

/** How an indicator's village values combine into a kecamatan or regency figure. */
public enum Rollup {
    /** The arithmetic mean of the values. */
    MEAN,
    /** The sum of the values. */
    SUM,
    /** The number of areas in each category. */
    COUNT_PER_CATEGORY,
    /** The values do not combine (incomplete coverage or differing concepts). */
    NONE
}
