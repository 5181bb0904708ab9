package id.banyuwangi.opendata.region;

import id.banyuwangi.opendata.common.http.EntityTags;
import id.banyuwangi.opendata.common.replica.ReplicaChanged;
import id.banyuwangi.opendata.dataset.catalog.RegionRegister;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every region of the hierarchy by code, held in memory (a few hundred entries) so that other features can name,
 * check and group areas without a query per row. Read on first use; {@link #invalidate()} after the regions change.
 */
@ApplicationScoped
public class RegionDirectory implements RegionRegister {

    /**
     * One region as other features see it.
     *
     * @param code         Kemendagri code
     * @param name         current name
     * @param level        regency, kecamatan or village
     * @param districtCode for a village its kecamatan, for a kecamatan itself, null for the regency
     * @param villageType  for a village desa or kelurahan, otherwise null
     */
    public record Entry(String code, String name, RegionLevel level, String districtCode, VillageType villageType) {
    }

    private final RegencyRepository regencies;
    private final DistrictRepository districts;
    private final VillageRepository villages;
    private volatile Snapshot snapshot;

    /** What was read: the regions by code, and their {@link #fingerprint}. */
    private record Snapshot(Map<String, Entry> entries, String fingerprint) {
    }

    public RegionDirectory(RegencyRepository regencies, DistrictRepository districts, VillageRepository villages) {
        this.regencies = regencies;
        this.districts = districts;
        this.villages = villages;
    }

    /** The region with this code, if it exists. */
    public Optional<Entry> find(String code) {
        return Optional.ofNullable(entries().get(code));
    }

    @Override
    public boolean exists(String code) {
        return entries().containsKey(code);
    }

    /**
     * The names of the regions as they are now, by code (null for none): for naming the areas of many rows, such as
     * those of a download, without going through this bean for each.
     */
    public Function<String, String> names() {
        Map<String, Entry> now = entries();
        return code -> nameIn(now, code);
    }

    /** The name of the region with this code, or null. */
    public String name(String code) {
        return nameIn(entries(), code);
    }

    private static String nameIn(Map<String, Entry> entries, String code) {
        Entry entry = entries.get(code);
        return entry == null ? null : entry.name();
    }

    /** The kecamatan, in code order. */
    public List<Entry> districts() {
        return entries().values().stream().filter(e -> e.level() == RegionLevel.DISTRICT)
                .sorted(Comparator.comparing(Entry::code)).toList();
    }

    /** The villages of a kecamatan, in code order. */
    public List<Entry> villages(String districtCode) {
        return entries().values().stream()
                .filter(e -> e.level() == RegionLevel.VILLAGE && e.districtCode().equals(districtCode))
                .sorted(Comparator.comparing(Entry::code)).toList();
    }

    /** The regency (the root of the hierarchy). */
    public Optional<Entry> regency() {
        return entries().values().stream().filter(e -> e.level() == RegionLevel.REGENCY).findFirst();
    }

    /**
     * A tag of every region's code, name and place in the hierarchy as the directory holds them: it changes when a
     * release renames, adds or moves a region, so that what shows region names can tell its copies are stale.
     */
    public String fingerprint() {
        return snapshot().fingerprint();
    }

    /** Forgets what was read, so that the next call reads the regions again. */
    public void invalidate() {
        snapshot = null;
    }

    /** Another replica may have published new regions. */
    void onReplicaChanged(@Observes ReplicaChanged change) {
        invalidate();
    }

    private Map<String, Entry> entries() {
        return snapshot().entries();
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = QuarkusTransaction.joiningExisting().call(this::read);
            snapshot = current;
        }
        return current;
    }

    private Snapshot read() {
        Map<String, Entry> all = new HashMap<>();
        regencies.listAll().forEach(r -> all.put(r.code, new Entry(r.code, r.name, RegionLevel.REGENCY, null, null)));
        districts.listAll().forEach(d -> all.put(d.code,
                new Entry(d.code, d.name, RegionLevel.DISTRICT, d.code, null)));
        villages.listAll().forEach(v -> all.put(v.code,
                new Entry(v.code, v.name, RegionLevel.VILLAGE, v.district.code, v.type)));
        String fingerprint = EntityTags.of(all.values().stream().sorted(Comparator.comparing(Entry::code))
                .map(Entry::toString).collect(Collectors.joining("\n")));
        return new Snapshot(Map.copyOf(all), fingerprint);
    }
}
