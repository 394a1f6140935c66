-- Issue 17 (start-up): the checksum of the resource annexes (the rows ResourceLoader writes and its code) last
-- written. A start whose checksum matches leaves emergency_resource and fire_vehicle as they are.
CREATE TABLE reference_load (
    name      TEXT        PRIMARY KEY,
    checksum  TEXT        NOT NULL,
    loaded_at TIMESTAMPTZ NOT NULL
);
