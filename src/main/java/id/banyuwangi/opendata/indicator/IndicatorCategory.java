package id.banyuwangi.opendata.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One allowed category of a categorical indicator. */
@Embeddable
public class IndicatorCategory {

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "code", nullable = false)
    public String code;

    @Column(name = "label_id", nullable = false)
    public String labelId;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    /** The rule that places an area in this category, e.g. {@code IDM > 0.8155}. */
    @Column(name = "definition")
    public String definition;
}
