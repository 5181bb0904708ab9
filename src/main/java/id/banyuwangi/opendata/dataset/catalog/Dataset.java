package id.banyuwangi.opendata.dataset.catalog;

import id.banyuwangi.opendata.common.persistence.StringListConverter;
import id.banyuwangi.opendata.organization.Organization;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A dataset of the catalog: DCAT-AP metadata and the Table Schema of its records. */
@Entity
@Table(name = "dataset")
public class Dataset {

    @Id
    @Column(name = "id")
    public String id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    public Organization publisher;

    @Column(name = "title_id", nullable = false)
    public String titleId;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "description_id", nullable = false)
    public String descriptionId;

    @Column(name = "description_en", nullable = false)
    public String descriptionEn;

    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_url")
    public String contactUrl;

    /** SPDX identifier of the licence, e.g. {@code ODbL-1.0}. */
    @Column(name = "license_id", nullable = false)
    public String licenseId;

    @Column(name = "license_title", nullable = false)
    public String licenseTitle;

    /** URL of the licence document; null where there is none, as when the sources state no licence. */
    @Column(name = "license_url")
    public String licenseUrl;

    /** Attribution the licence or the sources require, null when none. */
    @Column(name = "attribution")
    public String attribution;

    /** Ids of the source register. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "sources", nullable = false)
    public List<String> sources = new ArrayList<>();

    /** Keywords, comma-separated (so that the catalog filter can match one in SQL). */
    @Column(name = "keywords", nullable = false)
    public String keywords;

    /** Themes (DCAT-AP data themes, lower case), comma-separated. */
    @Column(name = "themes", nullable = false)
    public String themes;

    /** Kemendagri codes of the areas covered. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "spatial", nullable = false)
    public List<String> spatial = new ArrayList<>();

    @Column(name = "temporal_start")
    public LocalDate temporalStart;

    @Column(name = "temporal_end")
    public LocalDate temporalEnd;

    @Column(name = "update_frequency", nullable = false)
    public String updateFrequency;

    @Column(name = "created", nullable = false)
    public Instant created;

    @Column(name = "modified", nullable = false)
    public Instant modified;

    /** The keywords as a list. */
    public List<String> keywordList() {
        return keywords.isEmpty() ? List.of() : List.of(keywords.split(","));
    }

    /** The themes as a list. */
    public List<String> themeList() {
        return themes.isEmpty() ? List.of() : List.of(themes.split(","));
    }

    /** The Frictionless Table Schema of the records, as JSON. */
    @Column(name = "table_schema", nullable = false, length = 100_000)
    public String tableSchema;

    /** The name of the tables that hold the records and staged drafts (release/RecordTable). */
    @Column(name = "record_table", nullable = false, length = 60)
    public String recordTable;

    /** Lower-cased titles, descriptions and keywords in both languages, for the free-text search. */
    @Column(name = "search_text", nullable = false, length = 20_000)
    public String searchText;

    /** True for a dataset of generated demonstration figures, never real data. */
    @Column(name = "synthetic", nullable = false)
    public boolean synthetic;
}
