-- The SHA-256 of every download format of a version (the CSV's was the only one recorded), computed in the same
-- pass that sizes them when a draft is made. Versions published before this migration keep NULL: their bytes are
-- not hashed again here, which would mean encoding every version anew.
ALTER TABLE dataset_version ADD COLUMN json_sha256 VARCHAR(64);
ALTER TABLE dataset_version ADD COLUMN ndjson_sha256 VARCHAR(64);
ALTER TABLE dataset_version ADD COLUMN geojson_sha256 VARCHAR(64);
ALTER TABLE dataset_draft ADD COLUMN json_sha256 VARCHAR(64);
ALTER TABLE dataset_draft ADD COLUMN ndjson_sha256 VARCHAR(64);
ALTER TABLE dataset_draft ADD COLUMN geojson_sha256 VARCHAR(64);
