package id.banyuwangi.opendata.indicator;

/** Whether an indicator's observations are numbers or categories. */
public enum ValueType {
    NUMBER,
    CATEGORY
}
