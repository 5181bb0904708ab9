package id.banyuwangi.opendata.region;

import com.fasterxml.jackson.databind.JsonNode;
import id.banyuwangi.opendata.common.seed.SeedException;
import id.banyuwangi.opendata.common.seed.SeedFiles;
import id.banyuwangi.opendata.common.seed.SeedLoader;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the region hierarchy from {@code data-seed/}: the regency, its kecamatan and villages with their former
 * names, BPS codes from the crosswalk, and the boundary polygons. Every row is checked against the Kemendagri code
 * rules and its parent before anything is stored; any inconsistency refuses the whole load.
 */
@Singleton
public class RegionSeedLoader extends SeedLoader {

    /** The decree whose spellings {@code villages.csv} keeps as {@code name_kepmendagri_2022}. */
    static final String DECREE_2022 = "Kepmendagri 050-145/2022";

    private static final String REGENCY = "regency.csv";
    private static final String DISTRICTS = "districts.csv";
    private static final String VILLAGES = "villages.csv";
    private static final String CROSSWALK = "crosswalk_bps_mfd2018.csv";
    private static final String DISTRICT_BOUNDARIES = "districts_boundaries.geojson";
    private static final String VILLAGE_BOUNDARIES = "villages_boundaries.geojson";

    private final RegencyRepository regencies;
    private final DistrictRepository districts;
    private final VillageRepository villages;
    private final RegionBoundaryRepository boundaries;

    public RegionSeedLoader(RegencyRepository regencies, DistrictRepository districts, VillageRepository villages,
            RegionBoundaryRepository boundaries) {
        super("regions", 0, List.of(REGENCY, DISTRICTS, VILLAGES, CROSSWALK, DISTRICT_BOUNDARIES, VILLAGE_BOUNDARIES));
        this.regencies = regencies;
        this.districts = districts;
        this.villages = villages;
        this.boundaries = boundaries;
    }

    @Override
    public void load(SeedFiles files) {
        Map<String, String> bpsCodes = bpsCodes(files.csv(CROSSWALK));
        Regency regency = regency(files.csv(REGENCY));
        Map<String, District> districtsByCode = new HashMap<>();
        for (Map<String, String> row : files.csv(DISTRICTS)) {
            District district = district(row, regency, bpsCodes);
            districtsByCode.put(district.code, district);
        }
        Map<String, Village> villagesByCode = new HashMap<>();
        for (Map<String, String> row : files.csv(VILLAGES)) {
            Village village = village(row, districtsByCode, bpsCodes);
            villagesByCode.put(village.code, village);
        }
        checkCounts(files.csv(REGENCY).get(0), districtsByCode.size(), villagesByCode);
        regencies.persist(regency);
        districts.persist(districtsByCode.values());
        villages.persist(villagesByCode.values());
        loadBoundaries(files.json(DISTRICT_BOUNDARIES), districtsByCode.keySet(), DISTRICT_BOUNDARIES);
        loadBoundaries(files.json(VILLAGE_BOUNDARIES), villagesByCode.keySet(), VILLAGE_BOUNDARIES);
    }

    private static Map<String, String> bpsCodes(List<Map<String, String>> rows) {
        Map<String, String> codes = new HashMap<>();
        for (Map<String, String> row : rows) {
            String bps = SeedFiles.optional(row.get("bps_code"));
            if (bps != null) {
                codes.put(row.get("kemendagri_code"), bps);
            }
        }
        return codes;
    }

    private static Regency regency(List<Map<String, String>> rows) {
        if (rows.size() != 1) {
            throw new SeedException(REGENCY + " must hold exactly one regency, found " + rows.size());
        }
        Map<String, String> row = rows.get(0);
        String at = SeedFiles.at(REGENCY, row);
        Regency regency = new Regency();
        regency.code = code(row.get("code"), RegionLevel.REGENCY, at).toString();
        regency.name = required(row, "name", at);
        regency.provinceCode = required(row, "province_code", at);
        regency.provinceName = required(row, "province_name", at);
        regency.lat = coordinate(row.get("lat"), at);
        regency.lon = coordinate(row.get("lon"), at);
        regency.areaKm2 = decimal(row.get("area_km2"), at);
        regency.polygonAreaKm2 = decimal(row.get("polygon_area_km2"), at);
        regency.bpsCode = SeedFiles.optional(row.get("bps_code_mfd2018"));
        return regency;
    }

    private static District district(Map<String, String> row, Regency regency, Map<String, String> bpsCodes) {
        String at = SeedFiles.at(DISTRICTS, row);
        RegionCode code = code(row.get("code"), RegionLevel.DISTRICT, at);
        if (!code.parent().toString().equals(regency.code) || !regency.code.equals(row.get("regency_code"))) {
            throw new SeedException(at + ": kecamatan " + code + " does not belong to regency " + regency.code);
        }
        District district = new District();
        district.code = code.toString();
        district.regencyCode = regency.code;
        district.name = required(row, "name", at);
        district.lat = coordinate(row.get("lat"), at);
        district.lon = coordinate(row.get("lon"), at);
        district.areaKm2 = decimal(row.get("area_km2"), at);
        district.polygonAreaKm2 = decimal(row.get("polygon_area_km2"), at);
        district.bpsCode = crosswalkedBpsCode(code, row.get("bps_code_mfd2018"), bpsCodes, at);
        return district;
    }

    private static Village village(Map<String, String> row, Map<String, District> districts,
            Map<String, String> bpsCodes) {
        String at = SeedFiles.at(VILLAGES, row);
        RegionCode code = code(row.get("code"), RegionLevel.VILLAGE, at);
        District district = districts.get(row.get("district_code"));
        if (district == null || !code.parent().toString().equals(district.code)) {
            throw new SeedException(at + ": village " + code + " names kecamatan " + row.get("district_code")
                    + ", which is not its parent or does not exist");
        }
        if (!district.name.equals(row.get("district_name"))) {
            throw new SeedException(at + ": village " + code + " gives kecamatan name " + row.get("district_name")
                    + " but " + district.code + " is " + district.name);
        }
        VillageType type = code.villageType();
        if (!type.apiValue().equals(row.get("type"))) {
            throw new SeedException(at + ": village " + code + " has type " + row.get("type")
                    + " but its code says " + type.apiValue());
        }
        Village village = new Village();
        village.code = code.toString();
        village.district = district;
        village.name = required(row, "name", at);
        village.nameKey = Village.searchKey(village.name);
        village.type = type;
        village.lat = coordinate(row.get("lat"), at);
        village.lon = coordinate(row.get("lon"), at);
        village.postalCode = SeedFiles.optional(row.get("postal_code"));
        village.areaKm2 = decimal(row.get("area_km2"), at);
        village.polygonAreaKm2 = decimal(row.get("polygon_area_km2"), at);
        village.bpsCode = crosswalkedBpsCode(code, row.get("bps_code_mfd2018"), bpsCodes, at);
        String formerName = SeedFiles.optional(row.get("name_kepmendagri_2022"));
        if (formerName != null) {
            FormerName former = new FormerName();
            former.name = formerName;
            former.nameKey = Village.searchKey(formerName);
            former.decree = DECREE_2022;
            village.formerNames.add(former);
        }
        return village;
    }

    private static void checkCounts(Map<String, String> regencyRow, int districtCount, Map<String, Village> villages) {
        long desa = villages.values().stream().filter(v -> v.type == VillageType.DESA).count();
        long kelurahan = villages.size() - desa;
        if (districtCount != Integer.parseInt(regencyRow.get("n_kecamatan"))
                || desa != Integer.parseInt(regencyRow.get("n_desa"))
                || kelurahan != Integer.parseInt(regencyRow.get("n_kelurahan"))) {
            throw new SeedException("Counts in " + REGENCY + " (" + regencyRow.get("n_kecamatan") + " kecamatan, "
                    + regencyRow.get("n_desa") + " desa, " + regencyRow.get("n_kelurahan") + " kelurahan) differ from"
                    + " the rows loaded (" + districtCount + ", " + desa + ", " + kelurahan + ")");
        }
    }

    private void loadBoundaries(JsonNode collection, Set<String> knownCodes, String file) {
        int index = 0;
        for (JsonNode feature : collection.path("features")) {
            String at = file + " feature " + index++;
            String code = feature.path("properties").path("code").asText();
            if (!knownCodes.contains(code)) {
                throw new SeedException(at + ": a boundary has code '" + code + "', which is not loaded");
            }
            String type = feature.path("geometry").path("type").asText();
            if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                throw new SeedException(at + ": the boundary of " + code + " is a " + type + ", not a polygon");
            }
            RegionBoundary boundary = new RegionBoundary();
            boundary.code = code;
            boundary.geometry = SeedFiles.geometry(at + " (" + code + ")", feature.get("geometry"));
            boundaries.persist(boundary);
        }
    }

    private static String crosswalkedBpsCode(RegionCode code, String listed, Map<String, String> bpsCodes,
            String where) {
        String crosswalked = bpsCodes.get(code.toString());
        String given = SeedFiles.optional(listed);
        if (given != null && !given.equals(crosswalked)) {
            throw new SeedException(where + ": " + code + " has BPS code " + given + " but the crosswalk says "
                    + crosswalked);
        }
        return crosswalked;
    }

    private static RegionCode code(String text, RegionLevel level, String where) {
        try {
            return RegionCode.parse(text, level);
        } catch (IllegalArgumentException e) {
            throw new SeedException(where + ": code '" + text + "' " + e.getMessage());
        }
    }

    private static String required(Map<String, String> row, String column, String where) {
        String value = SeedFiles.optional(row.get(column));
        if (value == null) {
            throw new SeedException(where + ": no " + column);
        }
        return value;
    }

    private static Double coordinate(String text, String where) {
        BigDecimal value = decimal(text, where);
        return value == null ? null : value.doubleValue();
    }

    private static BigDecimal decimal(String text, String where) {
        String value = SeedFiles.optional(text);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new SeedException(where + ": '" + value + "' is not a number");
        }
    }
}
