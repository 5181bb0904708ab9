package id.banyuwangi.opendata.region;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Kemendagri region code: regency {@code 35.10}, kecamatan {@code 35.10.01} or desa/kelurahan
 * {@code 35.10.01.2001}, where the first digit of the last part is 1 for a kelurahan and 2 for a desa.
 */
public final class RegionCode {

    /** What a valid code looks like, for error messages. */
    public static final String FORMAT =
            "must be a Kemendagri code such as 35.10 (regency), 35.10.01 (kecamatan) or 35.10.01.2001 (desa/kelurahan)";

    private static final Pattern CODE = Pattern.compile("(\\d{2})\\.(\\d{2})(?:\\.(\\d{2})(?:\\.([12]\\d{3}))?)?");

    private final String value;
    private final RegionLevel level;

    private RegionCode(String value, RegionLevel level) {
        this.value = value;
        this.level = level;
    }

    /** Parses a code; throws {@link IllegalArgumentException} saying what a code looks like. */
    public static RegionCode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException(FORMAT);
        }
        Matcher m = CODE.matcher(text);
        if (!m.matches() || isZero(m.group(1)) || isZero(m.group(2)) || isZero(m.group(3))) {
            throw new IllegalArgumentException(FORMAT);
        }
        RegionLevel level = m.group(4) != null ? RegionLevel.VILLAGE
                : m.group(3) != null ? RegionLevel.DISTRICT : RegionLevel.REGENCY;
        if (level == RegionLevel.VILLAGE && m.group(4).endsWith("000")) {
            throw new IllegalArgumentException(FORMAT);
        }
        return new RegionCode(text, level);
    }

    /** Parses a code that must be of the given level. */
    public static RegionCode parse(String text, RegionLevel expected) {
        RegionCode code = parse(text);
        if (code.level != expected) {
            throw new IllegalArgumentException("must be a " + describe(expected) + " code such as "
                    + example(expected) + ", not a " + describe(code.level) + " code");
        }
        return code;
    }

    public RegionLevel level() {
        return level;
    }

    /** The code one level up (a village's kecamatan, a kecamatan's regency); a regency has none. */
    public RegionCode parent() {
        if (level == RegionLevel.REGENCY) {
            throw new IllegalStateException(value + " is a regency code and has no parent here");
        }
        String parent = value.substring(0, value.lastIndexOf('.'));
        return new RegionCode(parent, level == RegionLevel.VILLAGE ? RegionLevel.DISTRICT : RegionLevel.REGENCY);
    }

    /** For a village code, whether it is a desa or a kelurahan (the first digit of its last part). */
    public VillageType villageType() {
        if (level != RegionLevel.VILLAGE) {
            throw new IllegalStateException(value + " is not a village code");
        }
        return value.charAt(value.lastIndexOf('.') + 1) == '1' ? VillageType.KELURAHAN : VillageType.DESA;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegionCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    private static boolean isZero(String part) {
        return part != null && part.chars().allMatch(c -> c == '0');
    }

    private static String describe(RegionLevel level) {
        return switch (level) {
            case REGENCY -> "regency";
            case DISTRICT -> "kecamatan";
            case VILLAGE -> "desa/kelurahan";
        };
    }

    private static String example(RegionLevel level) {
        return switch (level) {
            case REGENCY -> "35.10";
            case DISTRICT -> "35.10.01";
            case VILLAGE -> "35.10.01.2001";
        };
    }
}
