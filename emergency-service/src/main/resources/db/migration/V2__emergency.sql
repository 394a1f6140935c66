-- Emergency plan registry (应急预案): reference data per jurisdiction, plans and their lifecycle, filings,
-- drills, revision triggers, grading tables and incidents with their reporting clocks.

-- Working-day calendar: only the exceptions to Monday-Friday are stored (official holidays and make-up
-- working days); a year is usable only once its notice is loaded (calendar_year).
CREATE TABLE calendar_year (
    year       INT PRIMARY KEY,
    source     TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0
);
CREATE TABLE calendar_day (
    day  DATE PRIMARY KEY,
    year INT  NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name TEXT NOT NULL
);
CREATE INDEX calendar_day_year ON calendar_day (year);

-- Event-type catalogue: 槐荫区 lists special plans with their drafting lead, 张店区 lists event types with
-- their lead departments. An empty lead_departments array means the source cell is blank (unknown).
CREATE TABLE catalogue_entry (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction     TEXT   NOT NULL,
    kind             TEXT   NOT NULL CHECK (kind IN ('SPECIAL_PLAN', 'EVENT_TYPE')),
    category         TEXT   NOT NULL CHECK (category IN ('NATURAL', 'ACCIDENT', 'HEALTH', 'SOCIAL')),
    seq              INT    NOT NULL,
    name             TEXT   NOT NULL,
    lead_departments TEXT[] NOT NULL DEFAULT '{}',
    source_ref       TEXT   NOT NULL,
    UNIQUE (jurisdiction, category, seq)
);

CREATE TABLE support_measure (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction     TEXT   NOT NULL,
    seq              INT    NOT NULL,
    name             TEXT   NOT NULL,
    lead_departments TEXT[] NOT NULL,
    supporting_units TEXT[] NOT NULL,
    source_ref       TEXT   NOT NULL,
    UNIQUE (jurisdiction, seq)
);

-- Rules as data, each with its effective period and source clause.
CREATE TABLE filing_rule (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction          TEXT NOT NULL,
    plan_type             TEXT NOT NULL,
    recipient             TEXT NOT NULL,
    mode                  TEXT NOT NULL,
    deadline_working_days INT CHECK (deadline_working_days > 0),
    source_ref            TEXT NOT NULL,
    effective_from        DATE NOT NULL,
    effective_to          DATE
);

CREATE TABLE drill_rule (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction    TEXT NOT NULL,
    plan_type       TEXT NOT NULL,
    interval_months INT  NOT NULL CHECK (interval_months > 0),
    source_ref      TEXT NOT NULL,
    effective_from  DATE NOT NULL,
    effective_to    DATE,
    UNIQUE (jurisdiction, plan_type, effective_from)
);

CREATE TABLE revision_circumstance (
    jurisdiction TEXT NOT NULL,
    code         INT  NOT NULL,
    text         TEXT NOT NULL,
    source_ref   TEXT NOT NULL,
    PRIMARY KEY (jurisdiction, code)
);

CREATE TABLE periodic_duty (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction TEXT NOT NULL,
    code         TEXT NOT NULL,
    name         TEXT NOT NULL,
    responsible  TEXT NOT NULL,
    report_to    TEXT NOT NULL,
    due_month    INT CHECK (due_month BETWEEN 1 AND 12),
    due_day      INT CHECK (due_day BETWEEN 1 AND 31),
    source_ref   TEXT NOT NULL,
    UNIQUE (jurisdiction, code)
);

CREATE TABLE response_level_rule (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction   TEXT NOT NULL,
    grading_table  TEXT,
    severity_levels INT[] NOT NULL DEFAULT '{}',
    response_level TEXT NOT NULL,
    activated_by   TEXT NOT NULL,
    coordinated_by TEXT,
    source_ref     TEXT NOT NULL
);

-- The registry.
CREATE TABLE emergency_plan (
    id                       UUID PRIMARY KEY,
    jurisdiction             TEXT        NOT NULL,
    title                    TEXT        NOT NULL,
    plan_type                TEXT        NOT NULL,
    category                 TEXT CHECK (category IN ('NATURAL', 'ACCIDENT', 'HEALTH', 'SOCIAL')),
    event_types              TEXT[]      NOT NULL DEFAULT '{}',
    lead_departments         TEXT[]      NOT NULL DEFAULT '{}',
    drafting_unit            TEXT,
    approving_body           TEXT,
    document_number          TEXT,
    issue_date               DATE,
    interpreting_body        TEXT,
    parent_plan_id           UUID REFERENCES emergency_plan (id),
    supersedes_plan_id       UUID REFERENCES emergency_plan (id),
    attachments              TEXT[]      NOT NULL DEFAULT '{}',
    status                   TEXT        NOT NULL,
    revision_kind            TEXT CHECK (revision_kind IN ('MAJOR', 'MINOR')),
    major_revision_issued_on DATE,
    source_ref               TEXT,
    created_at               TIMESTAMPTZ NOT NULL,
    updated_at               TIMESTAMPTZ NOT NULL,
    version                  BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX emergency_plan_jurisdiction ON emergency_plan (jurisdiction, status);

CREATE TABLE supporting_document (
    id          UUID PRIMARY KEY,
    plan_id     UUID        NOT NULL REFERENCES emergency_plan (id),
    kind        TEXT        NOT NULL CHECK (kind IN ('WORK_MANUAL', 'ACTION_PLAN')),
    title       TEXT        NOT NULL,
    approved_by TEXT,
    approved_on DATE,
    reference   TEXT,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX supporting_document_plan ON supporting_document (plan_id);

CREATE TABLE plan_transition (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id       UUID        NOT NULL REFERENCES emergency_plan (id),
    from_status   TEXT,
    to_status     TEXT        NOT NULL,
    revision_kind TEXT,
    actor         TEXT        NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    reason        TEXT        NOT NULL
);
CREATE INDEX plan_transition_plan ON plan_transition (plan_id, id);

-- One filing duty per recipient and edition (issue date) of a plan; its deadline is computed from the rule
-- and the calendar when read, so a calendar extended later is taken into account.
CREATE TABLE filing (
    id         UUID PRIMARY KEY,
    plan_id    UUID        NOT NULL REFERENCES emergency_plan (id),
    rule_id    BIGINT      NOT NULL REFERENCES filing_rule (id),
    issue_date DATE        NOT NULL,
    filed_on   DATE,
    filed_by   TEXT,
    reference  TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (plan_id, rule_id, issue_date)
);

CREATE TABLE drill (
    id              UUID PRIMARY KEY,
    plan_id         UUID        NOT NULL REFERENCES emergency_plan (id),
    held_on         DATE        NOT NULL,
    form            TEXT        NOT NULL CHECK (form IN ('LIVE', 'TABLETOP')),
    organiser       TEXT        NOT NULL,
    participants    TEXT[]      NOT NULL DEFAULT '{}',
    findings        TEXT,
    revision_needed BOOLEAN     NOT NULL,
    recorded_by     TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX drill_plan ON drill (plan_id, held_on);

CREATE TABLE revision_trigger (
    id               UUID PRIMARY KEY,
    plan_id          UUID        NOT NULL REFERENCES emergency_plan (id),
    circumstance     INT,
    description      TEXT        NOT NULL,
    raised_on        DATE        NOT NULL,
    raised_by        TEXT        NOT NULL,
    drill_id         UUID REFERENCES drill (id),
    resolved_on      DATE,
    created_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX revision_trigger_open ON revision_trigger (plan_id) WHERE resolved_on IS NULL;

-- Incident grading: a table of criteria per event type, evaluated from the highest level down.
CREATE TABLE grading_table (
    code         TEXT PRIMARY KEY,
    jurisdiction TEXT        NOT NULL,
    name         TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    plan_id      UUID REFERENCES emergency_plan (id),
    metrics      JSONB       NOT NULL,
    source_ref   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE TABLE grading_criterion (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_code    TEXT  NOT NULL REFERENCES grading_table (code),
    level         INT   NOT NULL CHECK (level BETWEEN 1 AND 4),
    code          TEXT  NOT NULL,
    text          TEXT  NOT NULL,
    conditions    JSONB NOT NULL,
    source_ref    TEXT  NOT NULL,
    UNIQUE (table_code, code)
);

CREATE TABLE reporting_clock_rule (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction  TEXT  NOT NULL,
    grading_table TEXT,
    code          TEXT  NOT NULL,
    name          TEXT  NOT NULL,
    levels        INT[] NOT NULL,
    starts_at     TEXT  NOT NULL CHECK (starts_at IN ('OCCURRED', 'DISCOVERED', 'RESPONSE_STARTED', 'RESPONSE_ENDED')),
    due_after     TEXT  NOT NULL,
    repeats       BOOLEAN NOT NULL DEFAULT FALSE,
    source_ref    TEXT  NOT NULL,
    UNIQUE (jurisdiction, code)
);

CREATE TABLE incident (
    id                  UUID PRIMARY KEY,
    jurisdiction        TEXT        NOT NULL,
    title               TEXT        NOT NULL,
    event_type          TEXT        NOT NULL,
    grading_table       TEXT REFERENCES grading_table (code),
    facts               JSONB,
    level               INT CHECK (level BETWEEN 1 AND 4),
    matched             JSONB,
    plan_id             UUID REFERENCES emergency_plan (id),
    occurred_at         TIMESTAMPTZ NOT NULL,
    discovered_at       TIMESTAMPTZ NOT NULL,
    response_level      TEXT,
    response_started_at TIMESTAMPTZ,
    response_ended_at   TIMESTAMPTZ,
    created_by          TEXT        NOT NULL,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX incident_jurisdiction ON incident (jurisdiction, occurred_at);

CREATE TABLE incident_report (
    id           UUID PRIMARY KEY,
    incident_id  UUID        NOT NULL REFERENCES incident (id),
    clock        TEXT        NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL,
    submitted_by TEXT        NOT NULL,
    note         TEXT
);
CREATE INDEX incident_report_incident ON incident_report (incident_id, clock, submitted_at);
