package id.banyuwangi.opendata.publicservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the seven components of Smart Kampung. */
@Entity
@Table(name = "service_component")
public class ServiceComponent {

    @Id
    @Column(name = "code")
    public String code;

    @Column(name = "position", nullable = false)
    public int position;

    @Column(name = "name_id", nullable = false)
    public String nameId;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "source_id", nullable = false)
    public String sourceId;
}
