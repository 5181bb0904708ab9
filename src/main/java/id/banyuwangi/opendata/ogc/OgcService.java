package id.banyuwangi.opendata.ogc;

import id.banyuwangi.opendata.common.error.ApiException;
import id.banyuwangi.opendata.common.geo.BoundingBox;
import id.banyuwangi.opendata.common.geo.Feature;
import id.banyuwangi.opendata.common.paging.PageParameters;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.dataset.catalog.Dataset;
import id.banyuwangi.opendata.dataset.catalog.DatasetService;
import id.banyuwangi.opendata.dataset.release.DatasetVersion;
import id.banyuwangi.opendata.dataset.release.GeometryVersions;
import id.banyuwangi.opendata.region.BoundaryService;
import id.banyuwangi.opendata.region.DistrictService;
import id.banyuwangi.opendata.region.DistrictSummary;
import id.banyuwangi.opendata.region.RegionCode;
import id.banyuwangi.opendata.region.RegionLevel;
import id.banyuwangi.opendata.region.Village;
import id.banyuwangi.opendata.region.VillageFilter;
import id.banyuwangi.opendata.region.VillageService;
import id.banyuwangi.opendata.region.api.v1.DistrictDto;
import id.banyuwangi.opendata.region.api.v1.VillageDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The feature collections of the OGC API - Features endpoint: the villages and the kecamatan (from the region
 * feature, with the properties of their {@code /api/v1} representation) and every published dataset version with a
 * geometry (from the release feature, with the fields of its Table Schema). Features are identified by Kemendagri
 * code, or by record key in a dataset version.
 */
@ApplicationScoped
public class OgcService {

    /** The id of the collection of desa and kelurahan. */
    public static final String VILLAGES = "villages";
    /** The id of the collection of kecamatan. */
    public static final String KECAMATAN = "kecamatan";

    private static final Pattern VERSION_ID = Pattern.compile("(.+)-v([1-9][0-9]{0,8})");

    private final VillageService villages;
    private final DistrictService districts;
    private final BoundaryService boundaries;
    private final DatasetService datasets;
    private final GeometryVersions geometryVersions;

    public OgcService(VillageService villages, DistrictService districts, BoundaryService boundaries,
            DatasetService datasets, GeometryVersions geometryVersions) {
        this.villages = villages;
        this.districts = districts;
        this.boundaries = boundaries;
        this.datasets = datasets;
        this.geometryVersions = geometryVersions;
    }

    /** Every collection: the villages, the kecamatan, then the dataset versions by dataset and number. */
    public List<OgcCollection> collections() {
        List<OgcCollection> all = new ArrayList<>(List.of(villages(), kecamatan()));
        geometryVersions.list().forEach(v -> all.add(collection(v)));
        return all;
    }

    /** One collection; 404 when none has the id. */
    public OgcCollection collection(String id) {
        return switch (id) {
            case VILLAGES -> villages();
            case KECAMATAN -> kecamatan();
            default -> collection(version(id));
        };
    }

    /**
     * One page of a collection's features, only those that meet {@code box} unless it is null, after the feature
     * {@code cursor} names (null for the first page); {@code baseUri} (ending in a slash) roots the links in the
     * properties of regions.
     */
    public FeaturePage items(String collectionId, BoundingBox box, int limit, String cursor, String baseUri) {
        PageParameters paging = new PageParameters(Integer.toString(limit), cursor, null);
        return switch (collectionId) {
            case VILLAGES -> {
                VillageFilter filter = new VillageFilter(null, null, null, null, null, box, null);
                Slice<Village> page = villages.list(filter, paging);
                yield regions(page, v -> VillageDto.from(v, baseUri), VillageDto::code, villages.count(filter));
            }
            case KECAMATAN -> {
                Slice<DistrictSummary> page = districts.list(box, paging);
                yield regions(page, d -> DistrictDto.from(d, baseUri), DistrictDto::code, districts.count(box));
            }
            default -> {
                GeometryVersions.FeaturePage page = geometryVersions.features(version(collectionId), box, cursor,
                        limit);
                yield new FeaturePage(page.features(), page.matched(), limit, page.nextCursor());
            }
        };
    }

    /** One feature of a collection; 404 when the collection or the feature does not exist. */
    public Feature item(String collectionId, String featureId, String baseUri) {
        return switch (collectionId) {
            case VILLAGES -> region(VillageDto.from(villages.get(code(featureId, RegionLevel.VILLAGE)), baseUri),
                    VillageDto::code);
            case KECAMATAN -> region(DistrictDto.from(districts.get(code(featureId, RegionLevel.DISTRICT)), baseUri),
                    DistrictDto::code);
            default -> geometryVersions.feature(version(collectionId), featureId);
        };
    }

    private OgcCollection villages() {
        return new OgcCollection(VILLAGES, "Desa and kelurahan",
                "The desa and kelurahan with their Kemendagri codes and simplified boundaries; the properties are"
                        + " those of /api/v1/villages.", boundaries.extent(RegionLevel.VILLAGE));
    }

    private OgcCollection kecamatan() {
        return new OgcCollection(KECAMATAN, "Kecamatan (districts)",
                "The kecamatan with their Kemendagri codes, village counts and simplified boundaries; the properties"
                        + " are those of /api/v1/districts.", boundaries.extent(RegionLevel.DISTRICT));
    }

    private OgcCollection collection(DatasetVersion version) {
        Dataset dataset = datasets.get(version.key.datasetId());
        return new OgcCollection(id(version), dataset.titleEn + ", version " + version.number(),
                dataset.descriptionEn, geometryVersions.extent(version));
    }

    /** The id of a dataset version's collection. */
    private static String id(DatasetVersion version) {
        return version.key.datasetId() + "-v" + version.number();
    }

    private DatasetVersion version(String collectionId) {
        Matcher m = VERSION_ID.matcher(collectionId);
        if (!m.matches()) {
            throw unknownCollection(collectionId);
        }
        try {
            return geometryVersions.get(m.group(1), Integer.parseInt(m.group(2)));
        } catch (ApiException e) {
            throw unknownCollection(collectionId);
        }
    }

    private static ApiException unknownCollection(String id) {
        return ApiException.notFound("No collection has the id '" + id + "'; GET /ogc/collections lists them.");
    }

    private static RegionCode code(String featureId, RegionLevel level) {
        try {
            return RegionCode.parse(featureId, level);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("No feature has the id '" + featureId + "': a feature is identified by its"
                    + " Kemendagri code.");
        }
    }

    private <E, D> FeaturePage regions(Slice<E> page, Function<E, D> dto, Function<D, String> code, long matched) {
        List<Feature> features = boundaries.features(page.items().stream().map(dto).toList(), code);
        return new FeaturePage(features, matched, page.limit(), page.nextCursor());
    }

    private <D> Feature region(D dto, Function<D, String> code) {
        return boundaries.features(List.of(dto), code).get(0);
    }
}
