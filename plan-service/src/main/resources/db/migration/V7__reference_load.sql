-- Issue 17 (start-up): the checksum of the reference data (files and the code that imports them) last loaded
-- without errors. A start whose checksum matches skips the load, which was most of plan-service's start-up time.
CREATE TABLE reference_load (
    name      TEXT        PRIMARY KEY,
    checksum  TEXT        NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL
);
