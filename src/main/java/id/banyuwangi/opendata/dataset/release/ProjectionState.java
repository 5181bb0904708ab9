package id.banyuwangi.opendata.dataset.release;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The latest version of a dataset that a projection has applied. */
@Entity
@Table(name = "projection_state")
class ProjectionState {

    /** The projection and the dataset. */
    @Embeddable
    record Key(@Column(name = "projection") String projection,
            @Column(name = "dataset_id") String datasetId) implements Serializable {
    }

    @EmbeddedId
    Key key;

    @Column(name = "version", nullable = false)
    int version;
}
