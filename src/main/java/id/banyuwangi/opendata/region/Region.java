package id.banyuwangi.opendata.region;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;

/** What every administrative region has: a Kemendagri code, a name, a centroid, areas and a BPS code. */
@MappedSuperclass
public abstract class Region {

    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "name", nullable = false)
    public String name;

    /** Latitude (WGS 84) of the centroid of the boundary polygon. */
    @Column(name = "lat")
    public Double lat;

    /** Longitude (WGS 84) of the centroid of the boundary polygon. */
    @Column(name = "lon")
    public Double lon;

    /** Official area, null where none is published. */
    @Column(name = "area_km2", precision = 12, scale = 3)
    public BigDecimal areaKm2;

    /** Geodesic area of the simplified boundary polygon; not official. */
    @Column(name = "polygon_area_km2", precision = 12, scale = 3)
    public BigDecimal polygonAreaKm2;

    /** BPS (Master File Desa 2018) code, null where the crosswalk has none. */
    @Column(name = "bps_code")
    public String bpsCode;
}
