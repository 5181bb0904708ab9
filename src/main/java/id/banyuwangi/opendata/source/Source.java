package id.banyuwangi.opendata.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of the source register: where a figure comes from and under which licence. */
@Entity
@Table(name = "source")
public class Source {

    @Id
    @Column(name = "id")
    public String id;

    @Column(name = "description", nullable = false)
    public String description;

    @Column(name = "publisher")
    public String publisher;

    @Column(name = "repository_or_site")
    public String repositoryOrSite;

    @Column(name = "path_or_url")
    public String pathOrUrl;

    @Column(name = "version")
    public String version;

    @Column(name = "licence")
    public String licence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false)
    public SourceStatus status;
}
