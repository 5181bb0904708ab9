-- The change feed (GET /api/v1/changes): every dataset created, described anew, published or withdrawn, written in
-- the transaction that made the change, so that an event exists exactly when its change committed (an outbox).
--
-- Ids are given in commit order. A writer first locks the one row of change_feed_lock, then takes the id after the
-- largest one committed, and holds the lock until it commits or rolls back: no two writers hold ids at once, so no
-- id can commit after a larger one, and a reader that has seen id n has seen every event up to n. A cursor (or an
-- SSE Last-Event-ID) that is a position in this order therefore never skips an event, on any replica.
CREATE TABLE change_feed_lock (
    id INTEGER PRIMARY KEY
);

INSERT INTO change_feed_lock (id) VALUES (1);

-- Events are only ever added; those of a withdrawn dataset stay (its links then answer 404).
CREATE TABLE change_event (
    id                  BIGINT         NOT NULL PRIMARY KEY,
    event_type          VARCHAR(32)    NOT NULL,
    dataset_id          VARCHAR(80)    NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version_number      INTEGER,
    added_count         BIGINT,
    changed_count       BIGINT,
    removed_count       BIGINT,
    row_count           BIGINT,
    csv_sha256          VARCHAR(64),
    formats             VARCHAR(100),
    changed_fields      VARCHAR(4000),
    CONSTRAINT change_event_type_chk CHECK (event_type IN ('dataset_created', 'metadata_changed',
        'version_published', 'dataset_withdrawn'))
);
CREATE INDEX change_event_dataset_idx ON change_event (dataset_id, id);
CREATE INDEX change_event_type_idx ON change_event (event_type, id);
