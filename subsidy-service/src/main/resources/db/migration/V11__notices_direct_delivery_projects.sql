-- Issue 13 (public notices, objections, 政企直通车, expropriation projects, fund-use plans), issue 12 (eligibility as
-- configuration, the date judged) and issue 15 (the credit check recorded on the application). Expand only: new
-- tables and nullable columns, so the previous version keeps running beside this one during a rolling update.

-- Parameters: the legal basis an officer gives for a value (required for eligibility the documents do not define).
ALTER TABLE parameter_value ADD COLUMN legal_basis TEXT;

-- Issue 12 (b): 000:1941 ("将符合条件的残疾人家庭全部纳入低保范围") is about 低保 itself and 000:1904 is a coverage
-- target; neither defines who receives the subsidies. The rows cited them for "requires 低保" and "grades 1-2": an
-- erratum of the citation, not a change of law, so the rows are corrected in place. Eligibility is now what an officer
-- configures (parameters DISABILITY_LIVING_REQUIRES_LOW_INCOME and DISABILITY_NURSING_GRADES, each with its legal
-- basis); the clause that leaves it to the administration is 000:1931 (制定…差别化制度).
UPDATE policy_rule SET params = '{"parameter": "DISABILITY_LIVING_REQUIRES_LOW_INCOME", "configured": true}',
    source_ref = '000:1931', quote = '制定护理补贴和困难残疾人生活补贴差别化制度'
WHERE policy_code = 'DISABILITY_LIVING' AND rule_code = 'LIVING_ELIGIBILITY';
UPDATE policy_rule SET params = '{"parameter": "DISABILITY_NURSING_GRADES", "configured": true}',
    source_ref = '000:1931', quote = '制定护理补贴和困难残疾人生活补贴差别化制度'
WHERE policy_code = 'DISABILITY_NURSING' AND rule_code = 'NURSING_ELIGIBILITY';

-- Applications: the date of the event that creates the entitlement (judged as of it), the date received (metrics per
-- period), the 政企直通车 item and its department, the facts a calculation needs (headquarters rewards, introductions),
-- and why a decision is pending (credit-service did not answer).
ALTER TABLE application
    ADD COLUMN event_on       DATE,
    ADD COLUMN received_on    DATE,
    ADD COLUMN item_id        UUID,
    ADD COLUMN department     TEXT,
    ADD COLUMN facts          JSONB,
    ADD COLUMN pending_reason TEXT;
UPDATE application SET received_on = (submitted_at AT TIME ZONE 'Asia/Shanghai')::date WHERE received_on IS NULL;
CREATE INDEX application_department ON application (department, received_on) WHERE department IS NOT NULL;
-- one introducer per project in the whole district (002:167), whoever claims
CREATE UNIQUE INDEX application_introduction_once ON application (policy_code, benefit_key)
    WHERE status <> 'REJECTED' AND benefit_key LIKE 'INTRODUCTION\_%';

-- A farmland selection is judged on the day it is made.
ALTER TABLE farmland_ranking ADD COLUMN selected_on DATE;

-- A public notice (公示) of an application (张店区 headquarters, 002:246) or of a farmland selection (000:1745): posted on
-- a day, for a length and a day kind taken from the rules and parameters in force on that day. ends_on is null when the
-- length is not configured or the calendar has not loaded the year (note says which).
CREATE TABLE public_notice (
    id                UUID PRIMARY KEY,
    policy_code       TEXT        NOT NULL REFERENCES policy (code),
    rule_code         TEXT        NOT NULL,
    application_id    UUID UNIQUE REFERENCES application (id),
    ranking_id        BIGINT UNIQUE REFERENCES farmland_ranking (id),
    jurisdiction      TEXT        NOT NULL,
    posted_on         DATE        NOT NULL,
    ends_on           DATE,
    days              INT,
    day_kind          TEXT,
    first_day_counted BOOLEAN,
    counted           JSONB       NOT NULL DEFAULT '[]',
    note              TEXT,
    parameters        JSONB       NOT NULL DEFAULT '[]',
    posted_by         TEXT        NOT NULL,
    posted_at         TIMESTAMPTZ NOT NULL,
    CHECK (application_id IS NOT NULL OR ranking_id IS NOT NULL)
);

-- An objection (异议): to a notice (an application's, or one unit of a selection), or to an application's decision
-- (政企直通车's 异议处理率). Resolved with an outcome.
CREATE TABLE objection (
    id             UUID PRIMARY KEY,
    notice_id      UUID REFERENCES public_notice (id),
    application_id UUID REFERENCES application (id),
    ranking_id     BIGINT REFERENCES farmland_ranking (id),
    unit           TEXT,
    jurisdiction   TEXT        NOT NULL,
    department     TEXT,
    raised_on      DATE        NOT NULL,
    raised_by      TEXT,
    text           TEXT,
    resolved_on    DATE,
    outcome        TEXT,
    resolution     TEXT,
    recorded_by    TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    version        INT         NOT NULL DEFAULT 0
);
CREATE INDEX objection_application ON objection (application_id);
CREATE INDEX objection_ranking ON objection (ranking_id);
CREATE INDEX objection_department ON objection (department, raised_on) WHERE department IS NOT NULL;

-- A farmland award's fund-use plan, line by line, with the check of each line (000:1761-1777).
ALTER TABLE payment ADD COLUMN fund_use_plan JSONB;

-- 政企直通车 (临兰政办字〔2022〕20号): policies with their upload, decomposition and interpretation deadlines (working
-- days on emergency-service's calendar, stored as computed with the days counted), their items in the ten-field
-- schema, the enterprises' tags, and the enterprises' star ratings of the four metrics.
CREATE TABLE dd_policy (
    id                          UUID PRIMARY KEY,
    jurisdiction                TEXT        NOT NULL,
    title                       TEXT        NOT NULL,
    document_no                 TEXT,
    level                       TEXT        NOT NULL,
    issuer                      TEXT,
    issuing_department          TEXT,
    responsible                 TEXT        NOT NULL,
    policy_code                 TEXT REFERENCES policy (code),
    published_on                DATE        NOT NULL,
    uploaded_on                 DATE,
    interpretation_published_on DATE,
    -- 001:1600: no interpretation, on the drafting department's written reason accepted by 政务公开科
    interpretation_waived_on    DATE,
    interpretation_waiver       TEXT,
    items_recorded_on           DATE,
    upload_due                  DATE,
    decomposition_due           DATE,
    interpretation_due          DATE,
    deadlines                   JSONB       NOT NULL,
    created_by                  TEXT        NOT NULL,
    created_at                  TIMESTAMPTZ NOT NULL,
    updated_at                  TIMESTAMPTZ NOT NULL,
    version                     INT         NOT NULL DEFAULT 0
);
CREATE INDEX dd_policy_responsible ON dd_policy (responsible);
CREATE INDEX dd_policy_jurisdiction ON dd_policy (jurisdiction);

CREATE TABLE dd_item (
    id              UUID PRIMARY KEY,
    policy_id       UUID           NOT NULL REFERENCES dd_policy (id),
    jurisdiction    TEXT           NOT NULL,
    name            TEXT           NOT NULL,
    basis           TEXT           NOT NULL,
    content         TEXT           NOT NULL,
    beneficiaries   TEXT           NOT NULL,
    applicable_from DATE           NOT NULL,
    applicable_to   DATE,
    conditions      JSONB          NOT NULL,
    materials       JSONB          NOT NULL,
    department      TEXT           NOT NULL,
    contact_person  TEXT           NOT NULL,
    contact         TEXT           NOT NULL,
    benefit_policy  TEXT REFERENCES policy (code),
    benefit         TEXT,
    amount          NUMERIC(18, 2),
    recorded_on     DATE           NOT NULL,
    created_by      TEXT           NOT NULL,
    created_at      TIMESTAMPTZ    NOT NULL
);
CREATE INDEX dd_item_policy ON dd_item (policy_id);

CREATE TABLE dd_enterprise (
    credit_code  TEXT PRIMARY KEY,
    name         TEXT        NOT NULL,
    jurisdiction TEXT        NOT NULL,
    tags         JSONB       NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      INT         NOT NULL DEFAULT 0
);
CREATE INDEX dd_enterprise_jurisdiction ON dd_enterprise (jurisdiction text_pattern_ops);

CREATE TABLE dd_rating (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction TEXT        NOT NULL,
    department   TEXT        NOT NULL,
    metric       TEXT        NOT NULL,
    stars        INT         NOT NULL CHECK (stars BETWEEN 1 AND 5),
    rated_on     DATE        NOT NULL,
    enterprise   TEXT,
    recorded_by  TEXT        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX dd_rating_department ON dd_rating (department, rated_on);

-- 兰山区 expropriation projects: the procedure's events (dates) and counts, from which the timeline's due dates are
-- worked out when read (001:129-328, 001:187).
CREATE TABLE expropriation_project (
    id           UUID PRIMARY KEY,
    jurisdiction TEXT        NOT NULL,
    name         TEXT        NOT NULL,
    facts        JSONB       NOT NULL,
    created_by   TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    version      INT         NOT NULL DEFAULT 0
);
CREATE INDEX expropriation_project_jurisdiction ON expropriation_project (jurisdiction text_pattern_ops);
