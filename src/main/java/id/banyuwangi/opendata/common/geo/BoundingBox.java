package id.banyuwangi.opendata.common.geo;

/**
 * A box in WGS 84 longitude and latitude, written as OGC API - Features and RFC 7946 (section 5) write a bbox:
 * {@code minLon,minLat,maxLon,maxLat}.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    /** The box of {@code text}; anything else than four numbers within the globe, min before max, is refused. */
    public static BoundingBox parse(String text) {
        double[] n = Position.numbers(text, 4, "must be four numbers minLon,minLat,maxLon,maxLat (WGS 84 degrees)");
        Position.check(n[0], n[1]);
        Position.check(n[2], n[3]);
        if (n[0] > n[2] || n[1] > n[3]) {
            throw new IllegalArgumentException("must give the smaller longitude and latitude first"
                    + " (minLon,minLat,maxLon,maxLat)");
        }
        return new BoundingBox(n[0], n[1], n[2], n[3]);
    }
}
