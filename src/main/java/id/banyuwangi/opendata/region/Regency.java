package id.banyuwangi.opendata.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A kabupaten/kota, the root of the region hierarchy this service publishes. */
@Entity
@Table(name = "regency")
public class Regency extends Region {

    @Column(name = "province_code", nullable = false)
    public String provinceCode;

    @Column(name = "province_name", nullable = false)
    public String provinceName;
}
