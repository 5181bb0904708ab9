package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.geo.Position;
import id.banyuwangi.opendata.common.replica.ReplicaChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The boundary polygons of the regions as JTS geometries in a spatial index (an STR-tree), for the {@code bbox}
 * and {@code contains} filters. Read on first use and again after another replica's change.
 */
@ApplicationScoped
public class RegionShapes {

    private record Shape(String code, RegionLevel level, PreparedGeometry geometry) {
    }

    private static final Envelope WORLD = new Envelope(-180, 180, -90, 90);

    private final RegionBoundaryRepository boundaries;
    private final GeometryFactory factory = new GeometryFactory();
    private volatile STRtree index;

    public RegionShapes(RegionBoundaryRepository boundaries) {
        this.boundaries = boundaries;
    }

    /** The codes of the regions of the given levels whose boundary meets the box, in code order. */
    public Set<String> intersecting(BoundingBox box, RegionLevel... levels) {
        Geometry area = factory.toGeometry(new Envelope(box.minLon(), box.maxLon(), box.minLat(), box.maxLat()));
        return matching(area.getEnvelopeInternal(), levels, shape -> shape.geometry().intersects(area));
    }

    /** The codes of the regions of the given levels whose boundary holds the point (its edge included). */
    public Set<String> containing(Position position, RegionLevel... levels) {
        Point point = factory.createPoint(new Coordinate(position.lon(), position.lat()));
        return matching(point.getEnvelopeInternal(), levels, shape -> shape.geometry().covers(point));
    }

    /** The smallest box that holds the boundaries of the regions of a level, or null when none has one. */
    public BoundingBox extent(RegionLevel level) {
        return envelope(shape -> shape.level() == level).orElse(null);
    }

    /**
     * The smallest box around the boundary of the region with this code: a kecamatan's or a village's own, the
     * regency's around its kecamatan (the regency has no boundary of its own); empty when there is none.
     */
    public Optional<BoundingBox> bounds(String code) {
        RegionLevel level = RegionCode.parse(code).level();
        return envelope(shape -> level == RegionLevel.REGENCY ? shape.level() == RegionLevel.DISTRICT
                : shape.code().equals(code));
    }

    private Optional<BoundingBox> envelope(Predicate<Shape> included) {
        Envelope envelope = new Envelope();
        for (Object candidate : index().query(WORLD)) {
            Shape shape = (Shape) candidate;
            if (included.test(shape)) {
                envelope.expandToInclude(shape.geometry().getGeometry().getEnvelopeInternal());
            }
        }
        return envelope.isNull() ? Optional.empty() : Optional.of(new BoundingBox(envelope.getMinX(),
                envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY()));
    }

    void onReplicaChanged(@Observes ReplicaChanged change) {
        index = null;
    }

    private Set<String> matching(Envelope envelope, RegionLevel[] levels, Predicate<Shape> test) {
        Set<RegionLevel> wanted = EnumSet.copyOf(List.of(levels));
        Set<String> codes = new TreeSet<>();
        for (Object candidate : index().query(envelope)) {
            Shape shape = (Shape) candidate;
            if (wanted.contains(shape.level()) && test.test(shape)) {
                codes.add(shape.code());
            }
        }
        return codes;
    }

    private STRtree index() {
        STRtree current = index;
        if (current == null) {
            STRtree built = new STRtree();
            GeoJsonReader reader = new GeoJsonReader(factory);
            List<RegionBoundary> all = QuarkusTransaction.requiringNew().call(boundaries::listAll);
            for (RegionBoundary boundary : all) {
                Geometry geometry = read(reader, boundary);
                built.insert(geometry.getEnvelopeInternal(), new Shape(boundary.code,
                        RegionCode.parse(boundary.code).level(), PreparedGeometryFactory.prepare(geometry)));
            }
            built.build();
            index = current = built;
        }
        return current;
    }

    private static Geometry read(GeoJsonReader reader, RegionBoundary boundary) {
        try {
            return reader.read(boundary.geometry);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored boundary of " + boundary.code + " is not GeoJSON", e);
        }
    }
}
