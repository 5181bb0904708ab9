package id.banyuwangi.opendata.publicservice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * That a village offers a service, since when, through which channel, with which status, according to which source;
 * a row of the latest release of {@code smart-kampung-offerings} ({@link ServiceOfferingProjection}).
 */
@Entity
@Table(name = "service_offering")
public class ServiceOffering {

    /** The service and the village. */
    @Embeddable
    public record Key(
            @Column(name = "service_code") String serviceCode,
            @Column(name = "village_code") String villageCode) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "since")
    public LocalDate since;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    /** How citizens reach it there: a {@link Channel} name, lower case. */
    @Column(name = "channel", nullable = false)
    public String channel;

    /** active, suspended or ended. */
    @Column(name = "status", nullable = false)
    public String status;

    /** The dataset whose latest release holds this row. */
    @Column(name = "dataset_id", nullable = false)
    public String datasetId;

    /** The version of that dataset that published it. */
    @Column(name = "version", nullable = false)
    public int version;
}
