package id.banyuwangi.opendata.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The simplified boundary of a kecamatan or village, as an RFC 7946 geometry object in JSON text. */
@Entity
@Table(name = "region_boundary")
public class RegionBoundary {

    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "geometry", nullable = false, length = 1_000_000)
    public String geometry;
}
