-- credit-service: 张店区's public credit system (张政字〔2021〕86-90号). The rules themselves are data files
-- (rules/*.json) read at start-up; these tables hold what officers enter: parameter values, the subjects, their
-- records with every version (so a past day can be evaluated as it was known then), objections, the demonstration
-- street. The platform's tables (audit_entry, idempotency_record, outbox_event, consumed_event) come from its
-- repeatable migration.

-- Values the documents leave open (rules/parameters.json), set by an authorised officer with their legal basis, in
-- force from effective_from until a later one; a later setting for the same day supersedes an earlier one, which is
-- kept: the value known at any instant can be read back (set_at). A NULL value withdraws the parameter from that day.
CREATE TABLE parameter_value (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           TEXT        NOT NULL,
    effective_from DATE        NOT NULL,
    value          TEXT,
    legal_basis    TEXT        NOT NULL,
    note           TEXT,
    set_by         TEXT        NOT NULL,
    set_department TEXT,
    set_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX parameter_value_name ON parameter_value (name, effective_from);

-- 87号: market entities by unified social credit code (GB 32100).
CREATE TABLE market_entity (
    credit_code   TEXT PRIMARY KEY,
    kind          TEXT        NOT NULL CHECK (kind IN ('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE', 'OTHER_ECONOMIC_ORGANISATION')),
    name          TEXT        NOT NULL,
    jurisdiction  TEXT        NOT NULL,
    registered_by TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);

-- 89号: residents in the 爱张店·诚信分 scheme by resident ID number (GB 11643).
CREATE TABLE person (
    id_number     TEXT PRIMARY KEY,
    name          TEXT        NOT NULL,
    birth_date    DATE        NOT NULL,
    residency     TEXT        NOT NULL CHECK (residency IN ('HOUSEHOLD_REGISTERED', 'RESIDENCE_PERMIT', 'NONE')),
    jurisdiction  TEXT        NOT NULL,
    registered_by TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);

-- 88号: public servants' integrity files (诚信档案).
CREATE TABLE public_servant (
    id_number     TEXT PRIMARY KEY,
    name          TEXT        NOT NULL,
    unit          TEXT        NOT NULL,
    post          TEXT,
    category      TEXT,
    jurisdiction  TEXT        NOT NULL,
    registered_by TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0
);

-- The credit records of all three models. data is the record as entered (JSON of the model's record type); the
-- department that entered it (the token's dept claim) is the only one that may correct or delete it (谁录入谁负责,
-- 002:785). Every change is also a row of credit_record_version.
CREATE TABLE credit_record (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_type TEXT        NOT NULL CHECK (subject_type IN ('MARKET_ENTITY', 'PERSON', 'PUBLIC_SERVANT')),
    subject_id   TEXT        NOT NULL,
    department   TEXT        NOT NULL,
    reported_on  DATE        NOT NULL,
    data         TEXT        NOT NULL,
    repair       TEXT,
    deleted      BOOLEAN     NOT NULL DEFAULT FALSE,
    version      BIGINT      NOT NULL DEFAULT 0,
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_by   TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX credit_record_subject ON credit_record (subject_type, subject_id);

-- What the record was from known_from until known_to (NULL: still so): the evaluation "as known at" an instant reads
-- the versions known then.
CREATE TABLE credit_record_version (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id    BIGINT      NOT NULL REFERENCES credit_record (id),
    subject_type TEXT        NOT NULL,
    subject_id   TEXT        NOT NULL,
    version      BIGINT      NOT NULL,
    change       TEXT        NOT NULL CHECK (change IN ('CREATED', 'CORRECTED', 'DELETED', 'REPAIRED')),
    change_on    DATE        NOT NULL,
    reason       TEXT,
    objection_id BIGINT,
    department   TEXT        NOT NULL,
    reported_on  DATE        NOT NULL,
    data         TEXT        NOT NULL,
    repair       TEXT,
    deleted      BOOLEAN     NOT NULL,
    changed_by   TEXT        NOT NULL,
    known_from   TIMESTAMPTZ NOT NULL,
    known_to     TIMESTAMPTZ,
    UNIQUE (record_id, version)
);
CREATE INDEX credit_record_version_subject ON credit_record_version (subject_type, subject_id, known_from);

-- Objections (异议, 002:815, 002:2489) with the working-day clocks computed on emergency-service's calendar.
CREATE TABLE objection (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject_type      TEXT        NOT NULL CHECK (subject_type IN ('MARKET_ENTITY', 'PERSON', 'PUBLIC_SERVANT')),
    subject_id        TEXT        NOT NULL,
    record_id         BIGINT REFERENCES credit_record (id),
    received_on       DATE        NOT NULL,
    received_by       TEXT        NOT NULL,
    -- NULL: not said (the 3-day clock of the receiving unit runs; the 7-day one is shown "if referred")
    within_remit      BOOLEAN,
    needs_other_units BOOLEAN,
    verifying_units   TEXT        NOT NULL DEFAULT '[]',
    claim             TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('OPEN', 'ERROR_CONFIRMED', 'NO_ERROR_FOUND', 'CLOSED')),
    clocks            TEXT        NOT NULL DEFAULT '[]',
    clocks_pending    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_by        TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX objection_subject ON objection (subject_type, subject_id);
CREATE INDEX objection_pending ON objection (id) WHERE clocks_pending;

CREATE TABLE objection_event (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    objection_id BIGINT      NOT NULL REFERENCES objection (id),
    type         TEXT        NOT NULL,
    on_date      DATE        NOT NULL,
    department   TEXT,
    record_id    BIGINT,
    note         TEXT,
    actor        TEXT        NOT NULL,
    at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX objection_event_objection ON objection_event (objection_id, id);

-- The entity levels last compared by the daily watch (LevelWatch): a change since is published.
CREATE TABLE level_watch (
    credit_code TEXT PRIMARY KEY,
    checked_on  DATE NOT NULL,
    level       TEXT,
    score       INT
);

-- 90号 诚信经营示范街 (水晶街): merchants, their credit-file entries (002:3335) and the colour lists the market
-- regulator sets (002:3336), effective-dated.
CREATE TABLE street_merchant (
    credit_code   TEXT PRIMARY KEY,
    name          TEXT        NOT NULL,
    shop_name     TEXT,
    street        TEXT        NOT NULL,
    registered_by TEXT        NOT NULL,
    registered_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE street_file_entry (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credit_code TEXT        NOT NULL REFERENCES street_merchant (credit_code),
    item        TEXT        NOT NULL,
    entry_on    DATE        NOT NULL,
    summary     TEXT        NOT NULL,
    department  TEXT        NOT NULL,
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX street_file_entry_merchant ON street_file_entry (credit_code, entry_on);

CREATE TABLE street_colour (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    credit_code    TEXT        NOT NULL REFERENCES street_merchant (credit_code),
    colour         TEXT        NOT NULL CHECK (colour IN ('RED', 'BLUE', 'YELLOW', 'BLACK')),
    effective_from DATE        NOT NULL,
    basis          TEXT        NOT NULL,
    set_by         TEXT        NOT NULL,
    set_department TEXT        NOT NULL,
    set_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX street_colour_merchant ON street_colour (credit_code, effective_from);
