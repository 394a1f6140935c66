-- The shared indicator catalogue (指标) and the plans (规划) with their areas, goals, measures and targets.
CREATE TABLE indicator (
    code             TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    name             TEXT        NOT NULL,
    unit             TEXT        NOT NULL,
    value_type       TEXT        NOT NULL CHECK (value_type IN ('PERCENTAGE', 'RATE', 'COUNT', 'QUANTITY')),
    better_direction TEXT        NOT NULL CHECK (better_direction IN ('LOWER', 'HIGHER', 'NONE')),
    scale            TEXT        NOT NULL,
    tracked_from     INT,
    tracked_to       INT,
    definition       TEXT,
    aliases          JSONB       NOT NULL DEFAULT '[]',
    content_hash     TEXT        NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0
);

-- One row per revision of a plan; exactly one revision per code is current (what public reads return).
CREATE TABLE plan (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              TEXT        NOT NULL,
    revision          INT         NOT NULL,
    current           BOOLEAN     NOT NULL,
    title             TEXT        NOT NULL,
    kind              TEXT        NOT NULL,
    jurisdiction      VARCHAR(12) NOT NULL REFERENCES jurisdiction (code),
    document_number   TEXT,
    issuer            TEXT,
    issue_date        DATE,
    period_start      INT         NOT NULL,
    period_end        INT         NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    interpreting_body TEXT,
    source_ref        TEXT,
    content_hash      TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (code, revision),
    CHECK (period_end >= period_start)
);
CREATE UNIQUE INDEX plan_one_current ON plan (code) WHERE current;
CREATE UNIQUE INDEX plan_one_draft ON plan (code) WHERE status = 'DRAFT';
CREATE INDEX plan_jurisdiction ON plan (jurisdiction) WHERE current;

CREATE TABLE plan_area (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id    BIGINT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    sequence   INT    NOT NULL,
    name       TEXT   NOT NULL,
    source_ref TEXT
);
CREATE INDEX plan_area_plan ON plan_area (plan_id);

CREATE TABLE plan_goal (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id           BIGINT NOT NULL REFERENCES plan_area (id) ON DELETE CASCADE,
    sequence          INT    NOT NULL,
    text              TEXT   NOT NULL,
    classification    TEXT   NOT NULL CHECK (classification IN ('NUMERIC', 'DIRECTIONAL', 'QUALITATIVE')),
    lead_units        JSONB  NOT NULL DEFAULT '[]',
    responsible_units JSONB  NOT NULL DEFAULT '[]',
    source_ref        TEXT
);
CREATE INDEX plan_goal_area ON plan_goal (area_id);

CREATE TABLE plan_measure (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    area_id           BIGINT NOT NULL REFERENCES plan_area (id) ON DELETE CASCADE,
    sequence          INT    NOT NULL,
    text              TEXT   NOT NULL,
    responsible_units JSONB  NOT NULL DEFAULT '[]',
    source_ref        TEXT
);
CREATE INDEX plan_measure_area ON plan_measure (area_id);

-- A target hangs on a goal or, when the document states it only there, on a measure.
CREATE TABLE plan_target (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id             BIGINT  NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    goal_id             BIGINT REFERENCES plan_goal (id) ON DELETE CASCADE,
    measure_id          BIGINT REFERENCES plan_measure (id) ON DELETE CASCADE,
    sequence            INT     NOT NULL,
    indicator_code      TEXT    NOT NULL REFERENCES indicator (code),
    comparator          TEXT    NOT NULL CHECK (comparator IN ('AT_MOST', 'BELOW', 'AT_LEAST', 'ABOVE', 'EQUAL', 'RANGE',
                                    'DECREASE_PERCENT', 'CHANGE_PP_PER_YEAR', 'DIRECTION', 'FULL_COVERAGE')),
    value               NUMERIC,
    value_high          NUMERIC,
    direction           TEXT CHECK (direction IN ('INCREASE', 'DECREASE')),
    unit                TEXT,
    target_year         INT     NOT NULL,
    baseline_value      NUMERIC,
    baseline_year       INT,
    baseline_comparator TEXT,
    nature              TEXT CHECK (nature IN ('BINDING', 'EXPECTED')),
    scope               TEXT    NOT NULL CHECK (scope IN ('JURISDICTION', 'EACH_STREET')),
    source_phrase       TEXT,
    source_ref          TEXT,
    CHECK ((goal_id IS NULL) <> (measure_id IS NULL))
);
CREATE INDEX plan_target_plan ON plan_target (plan_id);
CREATE INDEX plan_target_indicator ON plan_target (indicator_code);

-- Monitoring values as plan-service last heard of them from guihua.indicator.monitoring (totals only:
-- sex, residence and age group TOTAL). period_key orders periods by their end: 2023-Q1 < 2023-05 < 2023-Q4 < 2023.
CREATE TABLE monitoring_value (
    value_id       UUID PRIMARY KEY,
    indicator_code TEXT        NOT NULL,
    jurisdiction   VARCHAR(12) NOT NULL,
    period         TEXT        NOT NULL,
    period_key     INT         NOT NULL,
    value          NUMERIC     NOT NULL,
    unit           TEXT,
    status         TEXT        NOT NULL,
    value_version  INT         NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX monitoring_value_series ON monitoring_value (indicator_code, jurisdiction, period_key DESC)
    WHERE status = 'APPROVED';

-- Ids of the events applied, written in the same transaction as their effect.
CREATE TABLE processed_event (
    event_id     TEXT PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
