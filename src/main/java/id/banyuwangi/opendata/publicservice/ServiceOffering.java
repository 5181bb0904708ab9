package id.banyuwangi.opendata.publicservice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** That a village offers a service, since when, according to which source. */
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
}
