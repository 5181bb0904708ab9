package id.banyuwangi.opendata.common.geo;

/** A point in WGS 84, written {@code lat,lon} as people read a place off a map (the {@code contains} filter). */
public record Position(double lat, double lon) {

    /** The position of {@code text} ({@code lat,lon}); anything else than two numbers within the globe is refused. */
    public static Position parse(String text) {
        double[] n = numbers(text, 2, "must be two numbers lat,lon (WGS 84 degrees), e.g. -8.577935,114.27152");
        check(n[1], n[0]);
        return new Position(n[0], n[1]);
    }

    /** {@code count} comma-separated finite numbers, or {@code problem}. */
    static double[] numbers(String text, int count, String problem) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new IllegalArgumentException(problem);
        }
        double[] numbers = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(problem);
            }
            if (!Double.isFinite(numbers[i])) {
                throw new IllegalArgumentException(problem);
            }
        }
        return numbers;
    }

    /** Refuses a longitude outside [-180, 180] or a latitude outside [-90, 90]. */
    static void check(double lon, double lat) {
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("has a longitude outside -180..180 or a latitude outside -90..90");
        }
    }
}
