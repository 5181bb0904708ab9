package id.banyuwangi.opendata.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One row of a dataset, valid from {@link #firstVersion} to {@link #lastVersion} (null while it is in the latest
 * version). Field values live in numbered slots: the field at position i of the Table Schema (1-based) is in
 * {@code s<i>} as text and, for numeric fields, in {@code n<i>} as a number.
 */
@Entity
@Table(name = "dataset_record")
public class DatasetRecord {

    /** Most fields a dataset's Table Schema may have. */
    public static final int SLOTS = 16;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "dataset_id", nullable = false)
    public String datasetId;

    /** The primary key values, joined by {@code |}. */
    @Column(name = "record_key", nullable = false)
    public String recordKey;

    /** Hex of the key's UTF-8 bytes: orders rows the same way on every database. */
    @Column(name = "sort_key", nullable = false)
    public String sortKey;

    @Column(name = "first_version", nullable = false)
    public int firstVersion;

    @Column(name = "last_version")
    public Integer lastVersion;

    /** RFC 7946 geometry as JSON text, for datasets with a geojson field. */
    @Column(name = "geometry", length = 1_000_000)
    public String geometry;

    @Column(name = "search_text", nullable = false, length = 20_000)
    public String searchText;

    @Column(name = "s01", nullable = false)
    String s01 = "";

    @Column(name = "n01", precision = 30, scale = 10)
    BigDecimal n01;

    @Column(name = "s02", nullable = false)
    String s02 = "";

    @Column(name = "n02", precision = 30, scale = 10)
    BigDecimal n02;

    @Column(name = "s03", nullable = false)
    String s03 = "";

    @Column(name = "n03", precision = 30, scale = 10)
    BigDecimal n03;

    @Column(name = "s04", nullable = false)
    String s04 = "";

    @Column(name = "n04", precision = 30, scale = 10)
    BigDecimal n04;

    @Column(name = "s05", nullable = false)
    String s05 = "";

    @Column(name = "n05", precision = 30, scale = 10)
    BigDecimal n05;

    @Column(name = "s06", nullable = false)
    String s06 = "";

    @Column(name = "n06", precision = 30, scale = 10)
    BigDecimal n06;

    @Column(name = "s07", nullable = false)
    String s07 = "";

    @Column(name = "n07", precision = 30, scale = 10)
    BigDecimal n07;

    @Column(name = "s08", nullable = false)
    String s08 = "";

    @Column(name = "n08", precision = 30, scale = 10)
    BigDecimal n08;

    @Column(name = "s09", nullable = false)
    String s09 = "";

    @Column(name = "n09", precision = 30, scale = 10)
    BigDecimal n09;

    @Column(name = "s10", nullable = false)
    String s10 = "";

    @Column(name = "n10", precision = 30, scale = 10)
    BigDecimal n10;

    @Column(name = "s11", nullable = false)
    String s11 = "";

    @Column(name = "n11", precision = 30, scale = 10)
    BigDecimal n11;

    @Column(name = "s12", nullable = false)
    String s12 = "";

    @Column(name = "n12", precision = 30, scale = 10)
    BigDecimal n12;

    @Column(name = "s13", nullable = false)
    String s13 = "";

    @Column(name = "n13", precision = 30, scale = 10)
    BigDecimal n13;

    @Column(name = "s14", nullable = false)
    String s14 = "";

    @Column(name = "n14", precision = 30, scale = 10)
    BigDecimal n14;

    @Column(name = "s15", nullable = false)
    String s15 = "";

    @Column(name = "n15", precision = 30, scale = 10)
    BigDecimal n15;

    @Column(name = "s16", nullable = false)
    String s16 = "";

    @Column(name = "n16", precision = 30, scale = 10)
    BigDecimal n16;

    /** The text of slot {@code i} (1-based), {@code ""} when empty. */
    public String text(int i) {
        return switch (i) {
            case 1 -> s01;
            case 2 -> s02;
            case 3 -> s03;
            case 4 -> s04;
            case 5 -> s05;
            case 6 -> s06;
            case 7 -> s07;
            case 8 -> s08;
            case 9 -> s09;
            case 10 -> s10;
            case 11 -> s11;
            case 12 -> s12;
            case 13 -> s13;
            case 14 -> s14;
            case 15 -> s15;
            case 16 -> s16;
            default -> throw new IllegalArgumentException("no slot " + i);
        };
    }

    /** The number of slot {@code i} (1-based), null when empty or not numeric. */
    public BigDecimal number(int i) {
        return switch (i) {
            case 1 -> n01;
            case 2 -> n02;
            case 3 -> n03;
            case 4 -> n04;
            case 5 -> n05;
            case 6 -> n06;
            case 7 -> n07;
            case 8 -> n08;
            case 9 -> n09;
            case 10 -> n10;
            case 11 -> n11;
            case 12 -> n12;
            case 13 -> n13;
            case 14 -> n14;
            case 15 -> n15;
            case 16 -> n16;
            default -> throw new IllegalArgumentException("no slot " + i);
        };
    }

    /** Sets the text of slot {@code i} (1-based). */
    public void text(int i, String value) {
        switch (i) {
            case 1 -> s01 = value;
            case 2 -> s02 = value;
            case 3 -> s03 = value;
            case 4 -> s04 = value;
            case 5 -> s05 = value;
            case 6 -> s06 = value;
            case 7 -> s07 = value;
            case 8 -> s08 = value;
            case 9 -> s09 = value;
            case 10 -> s10 = value;
            case 11 -> s11 = value;
            case 12 -> s12 = value;
            case 13 -> s13 = value;
            case 14 -> s14 = value;
            case 15 -> s15 = value;
            case 16 -> s16 = value;
            default -> throw new IllegalArgumentException("no slot " + i);
        }
    }

    /** Sets the number of slot {@code i} (1-based). */
    public void number(int i, BigDecimal value) {
        switch (i) {
            case 1 -> n01 = value;
            case 2 -> n02 = value;
            case 3 -> n03 = value;
            case 4 -> n04 = value;
            case 5 -> n05 = value;
            case 6 -> n06 = value;
            case 7 -> n07 = value;
            case 8 -> n08 = value;
            case 9 -> n09 = value;
            case 10 -> n10 = value;
            case 11 -> n11 = value;
            case 12 -> n12 = value;
            case 13 -> n13 = value;
            case 14 -> n14 = value;
            case 15 -> n15 = value;
            case 16 -> n16 = value;
            default -> throw new IllegalArgumentException("no slot " + i);
        }
    }
}
