-- Monitoring values (监测数据). A row is one version of one value; a correction adds a row and marks the
-- row it replaces SUPERSEDED, so nothing is ever overwritten. The series key is indicator, jurisdiction,
-- period and disaggregation; only one version per series key is current.
CREATE TABLE monitoring_value (
    id                UUID        PRIMARY KEY,
    version           INT         NOT NULL,
    supersedes        UUID        REFERENCES monitoring_value (id),
    indicator_code    TEXT        NOT NULL,
    jurisdiction      TEXT        NOT NULL,
    period            TEXT        NOT NULL,
    year              INT         NOT NULL,
    sex               TEXT        NOT NULL,
    residence         TEXT        NOT NULL,
    age_group         TEXT        NOT NULL,
    value             NUMERIC     NOT NULL,
    numerator         NUMERIC,
    denominator       NUMERIC,
    unit              TEXT        NOT NULL,
    department        TEXT,
    comment           TEXT,
    status            TEXT        NOT NULL,
    is_current        BOOLEAN     NOT NULL,
    reported_by       TEXT        NOT NULL,
    reported_at       TIMESTAMPTZ NOT NULL,
    reason            TEXT,
    reviewed_by       TEXT,
    reviewed_at       TIMESTAMPTZ,
    review_reason     TEXT,
    lock_version      BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX monitoring_value_current_series ON monitoring_value
    (indicator_code, jurisdiction, period, sex, residence, age_group) WHERE is_current;
CREATE INDEX monitoring_value_year ON monitoring_value (indicator_code, year);
CREATE INDEX monitoring_value_supersedes ON monitoring_value (supersedes);

-- The last copy of plan-service's catalogue that was read successfully, so that validation survives a
-- restart while plan-service is down.
CREATE TABLE catalogue_copy (
    name       TEXT        PRIMARY KEY,
    payload    JSONB       NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL
);
