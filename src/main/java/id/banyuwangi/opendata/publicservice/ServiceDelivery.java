package id.banyuwangi.opendata.publicservice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * Requests for one service at one village in one month; a row of the latest release of a statistics dataset
 * ({@link ServiceDeliveryProjection}).
 */
@Entity
@Table(name = "service_delivery")
public class ServiceDelivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "village_code", nullable = false)
    public String villageCode;

    @Column(name = "district_code", nullable = false)
    public String districtCode;

    @Column(name = "service_code", nullable = false)
    public String serviceCode;

    /** {@code YYYY-MM}. */
    @Column(name = "period", nullable = false)
    public String period;

    @Column(name = "requests_received", nullable = false)
    public int requestsReceived;

    @Column(name = "requests_completed", nullable = false)
    public int requestsCompleted;

    @Column(name = "median_days_to_complete", precision = 8, scale = 1)
    public BigDecimal medianDaysToComplete;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    /** True for generated demonstration figures; never real data. */
    @Column(name = "synthetic", nullable = false)
    public boolean synthetic;

    /** The dataset whose latest release holds this row. */
    @Column(name = "dataset_id", nullable = false)
    public String datasetId;

    /** The version of that dataset that published it. */
    @Column(name = "version", nullable = false)
    public int version;
}
