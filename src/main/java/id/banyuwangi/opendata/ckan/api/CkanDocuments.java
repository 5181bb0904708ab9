package id.banyuwangi.opendata.ckan.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.organization.Organization;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** CKAN's dictionaries (package, resource, organization) built from the catalog, as CKAN 2.x documents them. */
@ApplicationScoped
public class CkanDocuments {

    private final ObjectMapper json;

    public CkanDocuments(ObjectMapper json) {
        this.json = json;
    }

    /** The CKAN response envelope of a successful call. */
    public ObjectNode success(String action, Object result, String baseUri) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("help", baseUri + "api/3/action/help_show?name=" + action);
        envelope.put("success", true);
        envelope.set("result", json.valueToTree(result));
        return envelope;
    }

    /** A package (dataset) dictionary. */
    public ObjectNode pkg(Dataset d, DatasetVersion latest, String baseUri) {
        ObjectNode p = json.createObjectNode();
        p.put("id", d.id);
        p.put("name", d.id);
        p.put("title", d.titleEn);
        p.put("notes", d.descriptionEn);
        p.put("type", "dataset");
        p.put("state", "active");
        p.put("private", false);
        p.put("license_id", d.licenseId);
        p.put("license_title", d.licenseTitle);
        p.put("license_url", d.licenseUrl);
        p.put("author", d.publisher.nameEn);
        p.put("maintainer", d.contactName);
        p.put("url", baseUri + "api/v1/datasets/" + d.id);
        p.put("version", latest == null ? null : String.valueOf(latest.number()));
        p.put("metadata_created", d.created.toString());
        p.put("metadata_modified", d.modified.toString());
        p.set("organization", organization(d.publisher));
        p.put("owner_org", d.publisher.id);
        ArrayNode tags = p.putArray("tags");
        d.keywordList().forEach(k -> tags.addObject().put("name", k).put("display_name", k).put("state", "active"));
        p.put("num_tags", d.keywordList().size());
        ArrayNode groups = p.putArray("groups");
        d.themeList().forEach(t -> groups.addObject().put("name", t).put("title", t.toUpperCase(Locale.ROOT)));
        ArrayNode extras = p.putArray("extras");
        extras.addObject().put("key", "title_id").put("value", d.titleId);
        extras.addObject().put("key", "notes_id").put("value", d.descriptionId);
        extras.addObject().put("key", "spatial").put("value", String.join(",", d.spatial));
        extras.addObject().put("key", "update_frequency").put("value", d.updateFrequency);
        if (d.attribution != null) {
            extras.addObject().put("key", "attribution").put("value", d.attribution);
        }
        ArrayNode resources = p.putArray("resources");
        if (latest != null) {
            latest.formats().forEach(f -> resources.add(resource(d, latest, f, baseUri)));
        }
        p.put("num_resources", resources.size());
        return p;
    }

    /** A resource dictionary: one download format of the latest version; its id is {@code <dataset>-<format>}. */
    public ObjectNode resource(Dataset d, DatasetVersion v, Format format, String baseUri) {
        ObjectNode r = json.createObjectNode();
        r.put("id", d.id + "-" + format.parameterValue());
        r.put("package_id", d.id);
        r.put("name", d.titleEn + " (" + format.parameterValue().toUpperCase(Locale.ROOT) + ")");
        r.put("url", baseUri + "api/v1/datasets/" + d.id + "/versions/" + v.number() + "/download?format="
                + format.parameterValue());
        r.put("format", format.parameterValue().toUpperCase(Locale.ROOT));
        r.put("mimetype", format.mediaType());
        r.put("size", v.bytes(format));
        r.putNull("hash");
        if (format == Format.CSV) {
            r.put("hash", "sha256:" + v.csvSha256());
        }
        r.put("created", v.publishedAt.toString());
        r.put("last_modified", v.publishedAt.toString());
        r.put("datastore_active", true);
        r.put("state", "active");
        return r;
    }

    /** An organization dictionary. */
    public ObjectNode organization(Organization o) {
        ObjectNode org = json.createObjectNode();
        org.put("id", o.id);
        org.put("name", o.id);
        org.put("title", o.name);
        org.put("description", o.nameEn);
        org.put("type", "organization");
        org.put("state", "active");
        org.put("is_organization", true);
        return org;
    }
}
