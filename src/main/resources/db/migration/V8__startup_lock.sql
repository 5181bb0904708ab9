-- One row that replicas starting at the same moment on one database lock in turn for their start-up writes (the seed
-- sets, the bootstrap admin key, the synthetic statistics), so that the later one waits and then finds the work done.
CREATE TABLE startup_lock (
    id INTEGER PRIMARY KEY
);

INSERT INTO startup_lock (id) VALUES (1);
