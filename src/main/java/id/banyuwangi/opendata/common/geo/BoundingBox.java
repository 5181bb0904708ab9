package id.banyuwangi.opendata.common.geo;

/**
 * A box in WGS 84 longitude and latitude, written as OGC API - Features and RFC 7946 (section 5) write a bbox:
 * {@code minLon,minLat,maxLon,maxLat}.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    private static final String SIX = "must be four numbers minLon,minLat,maxLon,maxLat or six numbers"
            + " minLon,minLat,minHeight,maxLon,maxLat,maxHeight (WGS 84 degrees, heights in metres)";

    /** The box of {@code text}; anything else than four numbers within the globe, min before max, is refused. */
    public static BoundingBox parse(String text) {
        double[] n = Position.numbers(text, 4, "must be four numbers minLon,minLat,maxLon,maxLat (WGS 84 degrees)");
        return of(n[0], n[1], n[2], n[3]);
    }

    private static BoundingBox of(double minLon, double minLat, double maxLon, double maxLat) {
        Position.check(minLon, minLat);
        Position.check(maxLon, maxLat);
        if (minLon > maxLon || minLat > maxLat) {
            throw new IllegalArgumentException("must give the smaller longitude and latitude first"
                    + " (minLon,minLat,maxLon,maxLat)");
        }
        return new BoundingBox(minLon, minLat, maxLon, maxLat);
    }

    /**
     * The box of four numbers as {@link #parse} reads them, or of six (OGC API - Features, CRS84h: the heights
     * third and sixth). The heights must be in order but select nothing: every geometry here is two-dimensional,
     * so it lies at every height.
     */
    public static BoundingBox parseWithHeights(String text) {
        if (text.split(",", -1).length != 6) {
            return parse(text);
        }
        double[] n = Position.numbers(text, 6, SIX);
        if (n[2] > n[5]) {
            throw new IllegalArgumentException("must give the smaller height first"
                    + " (minLon,minLat,minHeight,maxLon,maxLat,maxHeight)");
        }
        return of(n[0], n[1], n[3], n[4]);
    }

    /** The smallest box that holds both boxes. */
    public BoundingBox union(BoundingBox other) {
        return new BoundingBox(Math.min(minLon, other.minLon), Math.min(minLat, other.minLat),
                Math.max(maxLon, other.maxLon), Math.max(maxLat, other.maxLat));
    }
}
