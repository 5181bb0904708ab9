-- The typed collections become views of dataset releases: every observation, service, offering and delivery
-- figure names the dataset and version it comes from, and reaches its table only through that dataset's
-- projection. Rows loaded by the earlier seed loaders have no release, so they go; on start, each projection
-- replays the releases it has not applied yet.

DELETE FROM observation;
DELETE FROM service_delivery;
DELETE FROM service_offering;
DELETE FROM public_service;

-- Observations keep their history: a value is in versions first_version .. last_version (null: the latest).
ALTER TABLE observation DROP CONSTRAINT observation_key;
ALTER TABLE observation ADD COLUMN dataset_id VARCHAR(80) NOT NULL REFERENCES dataset (id);
ALTER TABLE observation ADD COLUMN record_key VARCHAR(1000) NOT NULL;
ALTER TABLE observation ADD COLUMN first_version INTEGER NOT NULL;
ALTER TABLE observation ADD COLUMN last_version INTEGER;
CREATE UNIQUE INDEX observation_record_idx ON observation (dataset_id, record_key, first_version);
CREATE INDEX observation_indicator_dataset_idx ON observation (indicator_code, dataset_id);

-- The catalogue, offerings and deliveries hold the latest release only, each row with the version that added it.
ALTER TABLE public_service ADD COLUMN dataset_id VARCHAR(80) NOT NULL REFERENCES dataset (id);
ALTER TABLE public_service ADD COLUMN version INTEGER NOT NULL;

ALTER TABLE service_offering ADD COLUMN channel VARCHAR(20) NOT NULL;
ALTER TABLE service_offering ADD COLUMN status VARCHAR(20) NOT NULL;
ALTER TABLE service_offering ADD COLUMN dataset_id VARCHAR(80) NOT NULL REFERENCES dataset (id);
ALTER TABLE service_offering ADD COLUMN version INTEGER NOT NULL;

ALTER TABLE service_delivery ADD COLUMN dataset_id VARCHAR(80) NOT NULL REFERENCES dataset (id);
ALTER TABLE service_delivery ADD COLUMN version INTEGER NOT NULL;

-- The latest version of each dataset that each projection has applied.
CREATE TABLE projection_state (
    projection          VARCHAR(60)    NOT NULL,
    dataset_id          VARCHAR(80)    NOT NULL REFERENCES dataset (id),
    version             INTEGER        NOT NULL,
    PRIMARY KEY (projection, dataset_id)
);

-- Real and synthetic statistics come from different datasets and may cover the same village, service and month.
ALTER TABLE service_delivery DROP CONSTRAINT service_delivery_key;
CREATE UNIQUE INDEX service_delivery_key ON service_delivery (dataset_id, service_code, village_code, period);

-- A dataset of generated demonstration figures, never real data.
ALTER TABLE dataset ADD COLUMN synthetic BOOLEAN DEFAULT FALSE NOT NULL;

-- The dataset that publishes an indicator's figures (as_of=<version> names one of its versions). No foreign key:
-- the indicator catalogue is seeded before the datasets.
ALTER TABLE indicator ADD COLUMN dataset_id VARCHAR(80);
UPDATE indicator SET dataset_id = 'idm' WHERE code IN ('idm_score', 'iks_score', 'ike_score', 'ikl_score', 'idm_status');
UPDATE indicator SET dataset_id = 'idm-press-reports' WHERE code LIKE 'n\_desa\_idm\_%' ESCAPE '\';
UPDATE indicator SET dataset_id = 'population' WHERE code LIKE 'population\_%' ESCAPE '\';
UPDATE indicator SET dataset_id = 'area' WHERE code = 'area';
UPDATE indicator SET dataset_id = 'smart-kampung-rollout' WHERE code LIKE 'smart\_kampung\_%' ESCAPE '\';
