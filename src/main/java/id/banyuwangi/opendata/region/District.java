package id.banyuwangi.opendata.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A kecamatan. */
@Entity
@Table(name = "district")
public class District extends Region {

    @Column(name = "regency_code", nullable = false)
    public String regencyCode;
}
