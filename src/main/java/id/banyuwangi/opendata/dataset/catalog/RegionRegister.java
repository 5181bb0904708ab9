package id.banyuwangi.opendata.dataset.catalog;

/**
 * The Kemendagri codes that exist, as the catalog needs them: for foreign keys to {@link TableSchema#REGIONS} and a
 * dataset's spatial coverage. The region feature implements it, so the catalog does not depend on that feature.
 */
public interface RegionRegister {

    /** Whether {@code code} is the code of the regency, one of its districts or one of its villages. */
    boolean exists(String code);
}
