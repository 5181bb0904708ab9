package id.banyuwangi.opendata.region;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A name a village carried under an earlier decree. */
@Embeddable
public class FormerName {

    @Column(name = "name", nullable = false)
    public String name;

    /** The name in the form the name search compares (see {@link Village#searchKey}). */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    /** The decree that used this name, e.g. {@code Kepmendagri 050-145/2022}. */
    @Column(name = "decree", nullable = false)
    public String decree;
}
