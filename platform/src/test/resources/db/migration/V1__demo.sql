CREATE TABLE demo_item (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    jurisdiction TEXT NOT NULL,
    count        INT  NOT NULL,
    day          DATE,
    amount       NUMERIC(18, 2),
    version      BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE probe_applied (
    event_id TEXT PRIMARY KEY,
    subject  TEXT NOT NULL,
    seq      INT  NOT NULL
);
