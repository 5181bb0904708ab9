-- Region hierarchy of one regency, keyed by Kemendagri codes (35.10, 35.10.01, 35.10.01.2001).

CREATE TABLE regency (
    code              VARCHAR(13)   NOT NULL PRIMARY KEY,
    name              VARCHAR(200)  NOT NULL,
    province_code     VARCHAR(2)    NOT NULL,
    province_name     VARCHAR(200)  NOT NULL,
    lat               DOUBLE PRECISION,
    lon               DOUBLE PRECISION,
    area_km2          NUMERIC(12, 3),
    polygon_area_km2  NUMERIC(12, 3),
    bps_code          VARCHAR(10)
);

CREATE TABLE district (
    code              VARCHAR(13)   NOT NULL PRIMARY KEY,
    regency_code      VARCHAR(13)   NOT NULL REFERENCES regency (code),
    name              VARCHAR(200)  NOT NULL,
    lat               DOUBLE PRECISION,
    lon               DOUBLE PRECISION,
    area_km2          NUMERIC(12, 3),
    polygon_area_km2  NUMERIC(12, 3),
    bps_code          VARCHAR(10)
);
CREATE INDEX district_regency_idx ON district (regency_code);
CREATE INDEX district_name_idx ON district (name, code);
CREATE INDEX district_polygon_area_idx ON district (polygon_area_km2, code);

CREATE TABLE village (
    code              VARCHAR(13)   NOT NULL PRIMARY KEY,
    district_code     VARCHAR(13)   NOT NULL REFERENCES district (code),
    name              VARCHAR(200)  NOT NULL,
    name_key          VARCHAR(200)  NOT NULL,
    type              VARCHAR(9)    NOT NULL,
    lat               DOUBLE PRECISION,
    lon               DOUBLE PRECISION,
    postal_code       VARCHAR(5),
    area_km2          NUMERIC(12, 3),
    polygon_area_km2  NUMERIC(12, 3),
    bps_code          VARCHAR(10),
    CONSTRAINT village_type_chk CHECK (type IN ('DESA', 'KELURAHAN'))
);
CREATE INDEX village_district_idx ON village (district_code, code);
CREATE INDEX village_type_idx ON village (type, code);
CREATE INDEX village_postal_code_idx ON village (postal_code, code);
CREATE INDEX village_bps_code_idx ON village (bps_code);
CREATE INDEX village_name_idx ON village (name, code);
CREATE INDEX village_polygon_area_idx ON village (polygon_area_km2, code);

-- Names a village carried in an earlier decree; name_key is the lower-cased name without
-- spaces or punctuation, the form the name search compares.
CREATE TABLE village_former_name (
    village_code      VARCHAR(13)   NOT NULL REFERENCES village (code),
    name              VARCHAR(200)  NOT NULL,
    name_key          VARCHAR(200)  NOT NULL,
    decree            VARCHAR(200)  NOT NULL,
    PRIMARY KEY (village_code, name)
);
CREATE INDEX village_former_name_key_idx ON village_former_name (name_key);

-- Simplified boundary polygons as RFC 7946 geometry objects, kept apart from the region rows so
-- that plain JSON lists never read them.
CREATE TABLE region_boundary (
    code              VARCHAR(13)   NOT NULL PRIMARY KEY,
    geometry          VARCHAR(1000000) NOT NULL
);

-- One row per seed set that has been loaded; its presence makes later starts skip the load.
CREATE TABLE seed_load (
    name              VARCHAR(100)  NOT NULL PRIMARY KEY,
    checksum          VARCHAR(64)   NOT NULL,
    loaded_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
