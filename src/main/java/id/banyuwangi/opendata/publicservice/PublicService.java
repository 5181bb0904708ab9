package id.banyuwangi.opendata.publicservice;

import id.banyuwangi.opendata.common.persistence.StringListConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A service of the Smart Kampung catalogue, as the sources name it; a row of the latest release of
 * {@code smart-kampung-services} ({@link ServiceCatalogueProjection}).
 */
@Entity
@Table(name = "public_service")
public class PublicService {

    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "name_id", nullable = false)
    public String nameId;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "description_id", nullable = false)
    public String descriptionId;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "component_code", nullable = false)
    public ServiceComponent component;

    /** {@link Channel} names, lower case. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "channels", nullable = false)
    public List<String> channels = new ArrayList<>();

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    /** The dataset whose latest release holds this row. */
    @Column(name = "dataset_id", nullable = false)
    public String datasetId;

    /** The version of that dataset that published it. */
    @Column(name = "version", nullable = false)
    public int version;
}
