package id.banyuwangi.opendata.region;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A desa or kelurahan. */
@Entity
@Table(name = "village")
public class Village extends Region {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_code", nullable = false)
    public District district;

    /** The name in the form the name search compares. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "type", nullable = false)
    public VillageType type;

    @Column(name = "postal_code")
    public String postalCode;

    @ElementCollection
    @CollectionTable(name = "village_former_name", joinColumns = @JoinColumn(name = "village_code"))
    @OrderBy("name")
    public List<FormerName> formerNames = new ArrayList<>();

    /**
     * The form names are compared in by the name search: lower case, accents and everything but letters and digits
     * removed, so that "Genteng Wetan", "gentengwetan" and "Genteng-Wetan" all match.
     */
    public static String searchKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
