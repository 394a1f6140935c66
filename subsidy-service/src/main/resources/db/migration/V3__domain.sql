-- Applications, payments, farmland assessments and figures, disability records and batches, outgoing calls.
CREATE TABLE application (
    id                   UUID PRIMARY KEY,
    policy_code          TEXT        NOT NULL REFERENCES policy (code),
    benefit_key          TEXT        NOT NULL,
    beneficiary_type     TEXT        NOT NULL,
    beneficiary_id       TEXT        NOT NULL,
    beneficiary_name     TEXT        NOT NULL,
    jurisdiction         TEXT        NOT NULL,
    repatriated_proceeds NUMERIC(18, 2),
    status               TEXT        NOT NULL,
    origin               TEXT        NOT NULL,
    calculation          JSONB,
    amount               NUMERIC(18, 2),
    decision_reason      TEXT,
    submitted_by         TEXT        NOT NULL,
    submitted_at         TIMESTAMPTZ NOT NULL,
    decided_by           TEXT,
    decided_at           TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ NOT NULL,
    version              INT         NOT NULL DEFAULT 0
);
-- each benefit once per beneficiary: a rejected claim may be made again, nothing else
CREATE UNIQUE INDEX application_once ON application (policy_code, beneficiary_id, benefit_key) WHERE status <> 'REJECTED';
CREATE INDEX application_jurisdiction ON application (jurisdiction);
CREATE INDEX application_enrolment ON application (beneficiary_id) WHERE status = 'APPROVED' AND benefit_key = 'ENROLMENT';

CREATE TABLE payment (
    id                UUID PRIMARY KEY,
    application_id    UUID          NOT NULL UNIQUE REFERENCES application (id),
    policy_code       TEXT          NOT NULL,
    beneficiary_id    TEXT          NOT NULL,
    amount            NUMERIC(18, 2) NOT NULL,
    paid_on           DATE          NOT NULL,
    reference         TEXT,
    fund_use_plan_due DATE,
    fund_use_plan_on  DATE,
    recorded_by       TEXT          NOT NULL,
    recorded_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX payment_beneficiary ON payment (beneficiary_id);

CREATE TABLE farmland_assessment (
    id           UUID PRIMARY KEY,
    year         INT         NOT NULL,
    district     TEXT        NOT NULL,
    jurisdiction TEXT        NOT NULL,
    name         TEXT        NOT NULL,
    unit_type    TEXT        NOT NULL,
    street       TEXT        NOT NULL,
    inputs       JSONB       NOT NULL,
    prefilled    JSONB       NOT NULL,
    created_by   TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      INT         NOT NULL DEFAULT 0,
    UNIQUE (jurisdiction, year)
);
CREATE INDEX farmland_assessment_district ON farmland_assessment (district, year);

CREATE TABLE farmland_ranking (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    district TEXT        NOT NULL,
    year     INT         NOT NULL,
    result   JSONB       NOT NULL,
    made_by  TEXT        NOT NULL,
    made_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (district, year)
);

CREATE TABLE farmland_figure (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction   TEXT           NOT NULL,
    indicator_code TEXT           NOT NULL,
    year           INT            NOT NULL,
    value          NUMERIC        NOT NULL,
    unit           TEXT,
    period         TEXT           NOT NULL,
    value_id       UUID,
    value_version  INT            NOT NULL,
    event_id       TEXT           NOT NULL,
    received_at    TIMESTAMPTZ    NOT NULL,
    UNIQUE (jurisdiction, indicator_code, year)
);

CREATE TABLE processed_event (
    event_id     TEXT PRIMARY KEY,
    type         TEXT,
    processed_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE disabled_person (
    id         UUID PRIMARY KEY,
    id_number  TEXT        NOT NULL UNIQUE,
    name       TEXT        NOT NULL,
    residence  TEXT        NOT NULL,
    category   TEXT        NOT NULL,
    grade      INT         NOT NULL CHECK (grade BETWEEN 1 AND 4),
    low_income BOOLEAN     NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    version    INT         NOT NULL DEFAULT 0
);
CREATE INDEX disabled_person_residence ON disabled_person (residence text_pattern_ops);

CREATE TABLE disability_batch (
    id               UUID PRIMARY KEY,
    district         TEXT           NOT NULL,
    month            TEXT           NOT NULL,
    living_eligible  INT            NOT NULL,
    living_paid      INT            NOT NULL,
    nursing_eligible INT            NOT NULL,
    nursing_paid     INT            NOT NULL,
    living_amount    NUMERIC(18, 2) NOT NULL,
    nursing_amount   NUMERIC(18, 2) NOT NULL,
    living_coverage  NUMERIC(5, 2),
    nursing_coverage NUMERIC(5, 2),
    made_by          TEXT           NOT NULL,
    made_at          TIMESTAMPTZ    NOT NULL,
    UNIQUE (district, month)
);

CREATE TABLE disability_payment_line (
    batch_id    UUID           NOT NULL REFERENCES disability_batch (id),
    person_id   UUID           NOT NULL,
    policy_code TEXT           NOT NULL,
    amount      NUMERIC(18, 2) NOT NULL,
    PRIMARY KEY (batch_id, policy_code, person_id)
);

CREATE TABLE outgoing_call (
    id              UUID PRIMARY KEY,
    target          TEXT        NOT NULL,
    path            TEXT        NOT NULL,
    body            JSONB       NOT NULL,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    last_status     INT,
    last_error      TEXT,
    accepted_at     TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX outgoing_call_due ON outgoing_call (next_attempt_at) WHERE accepted_at IS NULL;
