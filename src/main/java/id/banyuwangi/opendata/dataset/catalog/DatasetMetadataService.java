package id.banyuwangi.opendata.dataset.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.opendata.auth.Caller;
import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.error.ProblemDetail.FieldError;
import id.banyuwangi.opendata.common.error.ProblemType;
import id.banyuwangi.opendata.organization.OrganizationRepository;
import id.banyuwangi.opendata.source.SourceRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Creates datasets and changes their metadata, for the seed and the API alike, with one set of rules. Metadata
 * changes are recorded ({@code dataset_change}) and never touch a version's data; a Table Schema can only change
 * while a dataset has no version, since every version is read through it.
 */
@ApplicationScoped
public class DatasetMetadataService {

    /** Update frequencies (mapped to the EU frequency vocabulary by the DCAT documents). */
    public static final Set<String> FREQUENCIES = Set.of("annual", "semiannual", "monthly", "irregular");
    /** The EU data themes, in lower case. */
    public static final Set<String> THEMES = Set.of("agri", "econ", "educ", "ener", "envi", "gove", "heal", "intr",
            "just", "op_datpro", "regi", "soci", "tech", "tran");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TERM = Pattern.compile("[^,]{1,60}");
    private static final int MAX_ID = 80;
    private static final int MAX_TITLE = 300;
    private static final int MAX_TEXT = 4000;
    private static final int MAX_URL = 500;
    private static final int MAX_LIST = 30;

    private final DatasetRepository datasets;
    private final OrganizationRepository organizations;
    private final SourceRepository sources;
    private final DatasetChangeRepository changes;
    private final DatasetStorage storage;
    private final RegionRegister regions;
    private final Event<DatasetChanged> changed;
    private final ObjectMapper json;

    public DatasetMetadataService(DatasetRepository datasets, OrganizationRepository organizations,
            SourceRepository sources, DatasetChangeRepository changes, DatasetStorage storage,
            RegionRegister regions, Event<DatasetChanged> changed, ObjectMapper json) {
        this.datasets = datasets;
        this.organizations = organizations;
        this.sources = sources;
        this.changes = changes;
        this.storage = storage;
        this.regions = regions;
        this.changed = changed;
        this.json = json;
    }

    /** Creates a dataset for a caller that may publish for its organization; 409 when the id is taken. */
    public Dataset create(Caller caller, DatasetMetadata metadata) {
        if (metadata.organization() != null) {
            caller.requirePublisherOf(metadata.organization());
        }
        return QuarkusTransaction.requiringNew().call(() -> insert(metadata));
    }

    /**
     * Withdraws a dataset: what the projections made of it, its versions, drafts and recorded changes and the
     * dataset itself go in one transaction, then its records tables are dropped (on H2 DDL would commit that
     * transaction half done).
     */
    public void withdraw(String id) {
        String table = QuarkusTransaction.requiringNew().call(() -> {
            Dataset dataset = datasets.findById(id, LockModeType.PESSIMISTIC_WRITE);
            storage.forget(id);
            changes.deleteDataset(id);
            datasets.delete(dataset);
            changed.fire(new DatasetChanged(id, DatasetChanged.Kind.WITHDRAWN, Instant.now(), List.of()));
            return dataset.recordTable;
        });
        QuarkusTransaction.requiringNew().run(() -> storage.drop(table));
    }

    /** Creates a dataset of the seed, in the seed's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Dataset createForSeed(DatasetMetadata metadata) {
        return insert(metadata);
    }

    /**
     * Applies a JSON merge patch (RFC 7396) to a dataset's metadata and records what changed. The id and the
     * organization cannot change. The Table Schema can while the dataset has no version (it gets new tables);
     * once it has one, only what its storage can follow (titles, descriptions, units, {@code filterable}, which
     * adds or drops indexes), and a 409 says what else the patch changes.
     */
    public Dataset update(Caller caller, String id, JsonNode patch) {
        Patched patched = QuarkusTransaction.requiringNew().call(() -> patch(caller, id, patch));
        if (patched.replacedTable() != null) {
            QuarkusTransaction.requiringNew().run(() -> storage.drop(patched.replacedTable()));
        }
        return patched.dataset();
    }

    /** A patched dataset, and the name of the records tables a new Table Schema replaced (null if none). */
    private record Patched(Dataset dataset, String replacedTable) {
    }

    private Dataset insert(DatasetMetadata metadata) {
        check(metadata);
        if (datasets.findByIdOptional(metadata.id()).isPresent()) {
            throw new ApiException(ProblemType.CONFLICT, "A dataset with the id '" + metadata.id()
                    + "' exists already.", List.of());
        }
        Dataset d = new Dataset();
        d.id = metadata.id();
        d.created = Instant.now();
        apply(d, metadata);
        d.modified = d.created;
        d.recordTable = storage.create(d.id, table(metadata));
        datasets.persist(d);
        changed.fire(new DatasetChanged(d.id, DatasetChanged.Kind.CREATED, d.created, List.of()));
        return d;
    }

    private Patched patch(Caller caller, String id, JsonNode patch) {
        Dataset dataset = datasets.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(
                "No dataset has the id '" + id + "'."));
        caller.requirePublisherOf(dataset.publisher.id);
        if (patch == null || !patch.isObject()) {
            throw new ApiException(ProblemType.MALFORMED_BODY, "The body must be a JSON object (a merge patch).",
                    List.of());
        }
        ObjectNode before = json.valueToTree(metadata(dataset));
        ObjectNode after = before.deepCopy();
        merge(after, patch);
        DatasetMetadata described;
        try {
            described = json.treeToValue(after, DatasetMetadata.class);
        } catch (JsonProcessingException e) {
            throw ApiException.malformedBody(e);
        }
        List<FieldError> errors = new ArrayList<>();
        for (String fixed : List.of("id", "organization")) {
            if (!before.path(fixed).equals(after.path(fixed))) {
                errors.add(new FieldError(fixed, "cannot change"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.INVALID_DATA, "The patch changes what cannot change.", errors);
        }
        check(described);
        boolean newSchema = !before.path("table_schema").equals(after.path("table_schema"));
        boolean published = newSchema && storage.published(id);
        TableSchema from = newSchema ? table(metadata(dataset)) : null;
        TableSchema to = newSchema ? table(described) : null;
        if (published) {
            String why = from.storageChange(to);
            if (why != null) {
                throw new ApiException(ProblemType.CONFLICT, "Dataset " + id + " has published versions, which are"
                        + " stored in columns made from its Table Schema and read through it: " + why + ". Only"
                        + " titles, descriptions, units and filterable may change; create a new dataset for a new"
                        + " schema.", List.of());
            }
        } else if (newSchema && storage.hasReadyDrafts(id)) {
            throw new ApiException(ProblemType.CONFLICT, "Dataset " + id + " has ready drafts staged in the columns"
                    + " of its current Table Schema; publish or discard them before changing it.", List.of());
        }
        ObjectNode record = json.createObjectNode();
        after.fields().forEachRemaining(e -> {
            if (!e.getValue().equals(before.get(e.getKey()))) {
                ObjectNode change = record.putObject(e.getKey());
                change.set("from", before.get(e.getKey()));
                change.set("to", e.getValue());
            }
        });
        String replaced = null;
        if (published) {
            storage.restyle(dataset, from, to);
        } else if (newSchema) {
            replaced = dataset.recordTable;
            dataset.recordTable = storage.create(id, to);
        }
        if (!record.isEmpty()) {
            apply(dataset, described);
            dataset.modified = Instant.now();
            changes.record(dataset.id, dataset.modified, caller.keyId(), record.toString());
            List<String> fields = new ArrayList<>();
            record.fieldNames().forEachRemaining(fields::add);
            changed.fire(new DatasetChanged(dataset.id, DatasetChanged.Kind.DESCRIBED, dataset.modified, fields));
        }
        return new Patched(dataset, replaced);
    }

    /** A foreign key to a dataset must name one that exists and whose primary key is the field referenced. */
    private void checkReference(List<FieldError> errors, String id, String field, TableSchema.Reference reference) {
        if (TableSchema.REGIONS.equals(reference.resource())) {
            return;
        }
        Dataset target = reference.resource().equals(id) ? null : datasets.findById(reference.resource());
        if (target == null || !table(metadata(target)).primaryKey().equals(List.of(reference.fields()))) {
            errors.add(new FieldError("table_schema", "the foreign key of " + field + " must reference another"
                    + " dataset by its one primary-key field; " + reference.resource() + "." + reference.fields()
                    + " is not one"));
        }
    }

    /** The checked Table Schema of a description (see {@link #check}). */
    private TableSchema table(DatasetMetadata m) {
        try {
            return json.treeToValue(m.tableSchema(), TableSchema.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A checked table schema did not read", e);
        }
    }

    /** The metadata of a dataset, as a publisher writes it. */
    public DatasetMetadata metadata(Dataset d) {
        try {
            return new DatasetMetadata(d.id, d.publisher.id, d.titleId, d.titleEn, d.descriptionId, d.descriptionEn,
                    d.contactName, d.contactUrl, d.licenseId, d.licenseTitle, d.licenseUrl, d.attribution,
                    d.sources, d.keywordList(), d.themeList(), d.spatial, d.temporalStart, d.temporalEnd,
                    d.updateFrequency, json.readTree(d.tableSchema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Dataset " + d.id + " has an unreadable table schema", e);
        }
    }

    private void apply(Dataset d, DatasetMetadata m) {
        d.publisher = organizations.findById(m.organization());
        d.titleId = m.titleId();
        d.titleEn = m.titleEn();
        d.descriptionId = m.descriptionId();
        d.descriptionEn = m.descriptionEn();
        d.contactName = m.contactName();
        d.contactUrl = m.contactUrl();
        d.licenseId = m.licenseId();
        d.licenseTitle = m.licenseTitle();
        d.licenseUrl = m.licenseUrl();
        d.attribution = m.attribution();
        d.sources = List.copyOf(m.sources());
        d.keywords = String.join(",", m.keywords());
        d.themes = String.join(",", m.themes());
        d.spatial = List.copyOf(m.spatial());
        d.temporalStart = m.temporalStart();
        d.temporalEnd = m.temporalEnd();
        d.updateFrequency = m.updateFrequency();
        d.tableSchema = m.tableSchema().toString();
        d.searchText = String.join(" ", d.titleId, d.titleEn, d.descriptionId, d.descriptionEn, d.keywords)
                .toLowerCase(Locale.ROOT);
    }

    /** Whether {@code id} is a dataset id: a slug of lower-case letters, digits and hyphens, at most 80 characters. */
    public static boolean isDatasetId(String id) {
        return id != null && id.length() <= MAX_ID && SLUG.matcher(id).matches();
    }

    /** Checks every rule of a dataset description; a 422 listing each broken one. */
    private void check(DatasetMetadata m) {
        List<FieldError> errors = new ArrayList<>();
        if (!isDatasetId(m.id())) {
            errors.add(new FieldError("id", "must be a slug of lower-case letters, digits and hyphens, at most "
                    + MAX_ID + " characters"));
        }
        if (m.organization() == null || organizations.findByIdOptional(m.organization()).isEmpty()) {
            errors.add(new FieldError("organization", "must name an organization (GET /api/v1/organizations)"));
        }
        text(errors, "title_id", m.titleId(), MAX_TITLE);
        text(errors, "title_en", m.titleEn(), MAX_TITLE);
        text(errors, "description_id", m.descriptionId(), MAX_TEXT);
        text(errors, "description_en", m.descriptionEn(), MAX_TEXT);
        text(errors, "contact_name", m.contactName(), MAX_TITLE);
        text(errors, "license_id", m.licenseId(), 60);
        text(errors, "license_title", m.licenseTitle(), MAX_TITLE);
        url(errors, "license_url", m.licenseUrl(), false);
        url(errors, "contact_url", m.contactUrl(), false);
        if (m.attribution() != null && m.attribution().length() > 2000) {
            errors.add(new FieldError("attribution", "must be at most 2000 characters"));
        }
        list(errors, "sources", m.sources(), s -> sources.findByIdOptional(s).isPresent(),
                "must be ids of the source register (GET /api/v1/sources)");
        list(errors, "keywords", m.keywords(), k -> TERM.matcher(k).matches(),
                "must be 1 to 60 characters without commas");
        list(errors, "themes", m.themes(), THEMES::contains, "must be EU data themes in lower case, one of "
                + THEMES);
        list(errors, "spatial", m.spatial(), regions::exists,
                "must be Kemendagri codes of the region register");
        if (m.temporalStart() != null && m.temporalEnd() != null && m.temporalEnd().isBefore(m.temporalStart())) {
            errors.add(new FieldError("temporal_end", "must not be before temporal_start"));
        }
        if (m.updateFrequency() == null || !FREQUENCIES.contains(m.updateFrequency())) {
            errors.add(new FieldError("update_frequency", "must be one of " + FREQUENCIES));
        }
        try {
            if (m.tableSchema() == null || !m.tableSchema().isObject()) {
                throw new IllegalArgumentException("is required: a Frictionless Table Schema object");
            }
            TableSchema schema = json.treeToValue(m.tableSchema(), TableSchema.class);
            schema.check();
            schema.references().forEach((field, reference) -> checkReference(errors, m.id(), field, reference));
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("table_schema", "is not a Table Schema this service supports: "
                    + e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("table_schema", e.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.INVALID_DATA, "The dataset description has " + errors.size()
                    + " problem(s).", errors);
        }
    }

    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            errors.add(new FieldError(field, "is required, at most " + max + " characters"));
        }
    }

    private static void url(List<FieldError> errors, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return;
        }
        try {
            URI uri = new URI(value);
            if (value.length() > MAX_URL || !Set.of("http", "https").contains(uri.getScheme())) {
                errors.add(new FieldError(field, "must be an http(s) URL of at most " + MAX_URL + " characters"));
            }
        } catch (URISyntaxException e) {
            errors.add(new FieldError(field, "is not a URL"));
        }
    }

    private static void list(List<FieldError> errors, String field, List<String> values,
            Predicate<String> valid, String rule) {
        if (values == null || values.size() > MAX_LIST || values.stream().anyMatch(v -> v == null || !valid.test(v))) {
            errors.add(new FieldError(field, "is a list of at most " + MAX_LIST + " values that " + rule));
        }
    }

    /** RFC 7396: members of the patch replace those of the target, null removes them, objects merge. */
    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (e.getValue().isNull()) {
                target.putNull(e.getKey());
            } else if (e.getValue().isObject() && target.path(e.getKey()).isObject()
                    && !e.getKey().equals("table_schema")) {
                merge((ObjectNode) target.get(e.getKey()), e.getValue());
            } else {
                target.set(e.getKey(), e.getValue());
            }
        }
    }
}
