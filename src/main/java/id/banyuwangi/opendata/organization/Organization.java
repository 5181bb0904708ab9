package id.banyuwangi.opendata.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A publisher of datasets. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "url")
    public String url;

    @Column(name = "email")
    public String email;
}
