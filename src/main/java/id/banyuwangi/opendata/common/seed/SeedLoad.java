package id.banyuwangi.opendata.common.seed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record that a seed set was loaded, with the checksum of the files it was loaded from. */
@Entity
@Table(name = "seed_load")
public class SeedLoad {

    @Id
    @Column(name = "name")
    public String name;

    @Column(name = "checksum", nullable = false)
    public String checksum;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;
}
