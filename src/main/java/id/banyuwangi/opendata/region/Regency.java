package id.banyuwangi.opendata.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A kabupaten/kota, the root of the region hierarchy this service publishes. */
@Entity
@Table(name = "regency")
public class Regency {

    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "province_name", nullable = false)
    public String provinceName;

    @Column(name = "lat")
    public Double lat;

    @Column(name = "lon")
    public Double lon;

    /** Official area (Kepmendagri), null where none is published. */
    @Column(name = "area_km2", precision = 12, scale = 3)
    public BigDecimal areaKm2;

    /** Geodesic area of the simplified boundary polygon; not official. */
    @Column(name = "polygon_area_km2", precision = 12, scale = 3)
    public BigDecimal polygonAreaKm2;

    @Column(name = "bps_code")
    public String bpsCode;
}
