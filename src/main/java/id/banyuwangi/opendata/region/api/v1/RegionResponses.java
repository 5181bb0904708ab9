package id.banyuwangi.opendata.region.api.v1;

import id.banyuwangi.opendata.common.http.ApiResponses;
import id.banyuwangi.opendata.common.http.Format;
import id.banyuwangi.opendata.common.paging.Slice;
import id.banyuwangi.opendata.region.BoundaryService;
import id.banyuwangi.opendata.region.DistrictSummary;
import id.banyuwangi.opendata.region.Village;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * Renders kecamatan and villages in JSON, CSV and GeoJSON (with their boundary polygons as geometry) through
 * {@link ApiResponses}, so that every region endpoint answers the same way. The suppliers run only when the
 * representation is not cached yet.
 */
@ApplicationScoped
public class RegionResponses {

    private final ApiResponses responses;
    private final BoundaryService boundaries;

    public RegionResponses(ApiResponses responses, BoundaryService boundaries) {
        this.responses = responses;
        this.boundaries = boundaries;
    }

    /** The format of the current request among {@code offered}. */
    public Format negotiate(String formatParameter, Format... offered) {
        return responses.negotiate(formatParameter, offered);
    }

    /** A page of villages; {@code csvName} names the CSV attachment. */
    public Response villages(Format format, Supplier<Slice<Village>> page, String csvName) {
        return responses.get(() -> responses.list(format,
                page.get().map(v -> VillageDto.from(v, responses.baseUri())), VillageDto.class, csvName,
                items -> boundaries.features(items, VillageDto::code)));
    }

    /** One village. */
    public Response village(Format format, Supplier<Village> village) {
        return responses.get(() -> responses.item(format, VillageDto.from(village.get(), responses.baseUri()),
                v -> boundaries.features(List.of(v), VillageDto::code).get(0)));
    }

    /** A page of kecamatan. */
    public Response districts(Format format, Supplier<Slice<DistrictSummary>> page) {
        return responses.get(() -> responses.list(format,
                page.get().map(d -> DistrictDto.from(d, responses.baseUri())), DistrictDto.class, "districts.csv",
                items -> boundaries.features(items, DistrictDto::code)));
    }

    /** One kecamatan. */
    public Response district(Format format, Supplier<DistrictSummary> district) {
        return responses.get(() -> responses.item(format, DistrictDto.from(district.get(), responses.baseUri()),
                d -> boundaries.features(List.of(d), DistrictDto::code).get(0)));
    }
}
