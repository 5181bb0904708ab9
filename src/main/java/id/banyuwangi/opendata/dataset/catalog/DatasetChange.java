package id.banyuwangi.opendata.dataset.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change of a dataset's metadata: which fields changed from what to what, when and by which key. */
@Entity
@Table(name = "dataset_change")
public class DatasetChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    public Long id;

    @Column(name = "dataset_id", nullable = false)
    public String datasetId;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    /** JSON object: field name to {@code {"from": ..., "to": ...}}. */
    @Column(name = "changes", nullable = false, length = 100_000)
    public String changes;
}
