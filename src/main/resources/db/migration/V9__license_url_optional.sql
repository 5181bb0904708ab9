-- A dataset whose sources state no licence has no licence document: its license_url is null (license_id other-at,
-- the attribution says what the sources state).
ALTER TABLE dataset ALTER COLUMN license_url DROP NOT NULL;
