-- Issue 14: warnings (预警), responses (应急响应) tied to incidents, incident command structures, 编制修订工作规划
-- editions and the resource registries. The rules behind them (who issues, tiers, templates, ...) are the typed
-- reference data of src/main/resources/reference/, read at start-up; the resource annexes are written into
-- emergency_resource by that start-up so that distance searches run in SQL.

-- 1. Warnings. `jurisdiction` is the area the warning covers and where it is recorded: it is active for that area
--    and every street below it. A warning issued above the district (市、省、国家) is recorded with issued_above.
CREATE TABLE warning (
    id             UUID PRIMARY KEY,
    jurisdiction   TEXT        NOT NULL,
    plan_code      TEXT        NOT NULL,
    authority_id   TEXT        NOT NULL,
    category       TEXT        NOT NULL CHECK (category IN ('NATURAL', 'ACCIDENT', 'HEALTH', 'SOCIAL')),
    event_type     TEXT,
    level          INT CHECK (level BETWEEN 1 AND 4),
    notice_kind    TEXT CHECK (notice_kind IN ('NOTICE', 'SAFETY_ALERT')),
    status         TEXT        NOT NULL CHECK (status IN ('ISSUED', 'ADJUSTED', 'LIFTED')),
    issuer_level   TEXT        NOT NULL,
    issuer_body    TEXT        NOT NULL,
    authorised_by  TEXT,
    issued_above   BOOLEAN     NOT NULL,
    content        JSONB       NOT NULL DEFAULT '{}',
    channels       TEXT[]      NOT NULL DEFAULT '{}',
    measures       INT[]       NOT NULL DEFAULT '{}',
    issued_at      TIMESTAMPTZ NOT NULL,
    lifted_at      TIMESTAMPTZ,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    CHECK ((level IS NULL) <> (notice_kind IS NULL))
);
CREATE INDEX warning_active ON warning (jurisdiction, issued_at) WHERE status <> 'LIFTED';

-- Each step (issue or record, adjust, lift) with who acted, when, and the clause that allows it.
CREATE TABLE warning_step (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    warning_id    UUID        NOT NULL REFERENCES warning (id),
    action        TEXT        NOT NULL CHECK (action IN ('ISSUE', 'RECORD', 'ADJUST', 'LIFT')),
    status        TEXT        NOT NULL,
    level         INT,
    from_level    INT,
    actor_body    TEXT        NOT NULL,
    actor_level   TEXT        NOT NULL,
    authorised_by TEXT,
    at            TIMESTAMPTZ NOT NULL,
    reason        TEXT,
    channels      TEXT[]      NOT NULL DEFAULT '{}',
    measures      INT[]       NOT NULL DEFAULT '{}',
    source_ref    TEXT        NOT NULL,
    recorded_by   TEXT        NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX warning_step_warning ON warning_step (warning_id, id);

-- 2. The response of an incident: PROPOSED → ACTIVATED → ADJUSTED → TERMINATED → RECOVERY, with the tier of the
--    plan (response_level keeps the tier's name; response_started_at/ended_at drive the reporting clocks).
ALTER TABLE incident ADD COLUMN response_status TEXT
    CHECK (response_status IN ('PROPOSED', 'ACTIVATED', 'ADJUSTED', 'TERMINATED', 'RECOVERY'));
ALTER TABLE incident ADD COLUMN response_tier INT;
ALTER TABLE incident ADD COLUMN response_proposed_at TIMESTAMPTZ;
ALTER TABLE incident ADD COLUMN response_recovery_at TIMESTAMPTZ;
UPDATE incident SET response_status = CASE WHEN response_ended_at IS NOT NULL THEN 'TERMINATED' ELSE 'ACTIVATED' END
WHERE response_started_at IS NOT NULL;

CREATE TABLE response_step (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id UUID        NOT NULL REFERENCES incident (id),
    action      TEXT        NOT NULL CHECK (action IN ('PROPOSE', 'ACTIVATE', 'ADJUST', 'TERMINATE', 'RECOVER')),
    from_status TEXT,
    to_status   TEXT        NOT NULL,
    tier        INT,
    tier_name   TEXT,
    actor_body  TEXT,
    at          TIMESTAMPTZ NOT NULL,
    reason      TEXT,
    source_ref  TEXT,
    recorded_by TEXT        NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX response_step_incident ON response_step (incident_id, id);

-- 3. An incident's command, set up from its plan's template (command.json) and staffed.
CREATE TABLE incident_command (
    incident_id UUID PRIMARY KEY REFERENCES incident (id),
    plan_code   TEXT        NOT NULL,
    set_up_by   TEXT        NOT NULL,
    set_up_at   TIMESTAMPTZ NOT NULL,
    source_ref  TEXT        NOT NULL,
    recorded_by TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE TABLE command_unit (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id  UUID   NOT NULL REFERENCES incident_command (incident_id),
    code         TEXT   NOT NULL,
    kind         TEXT   NOT NULL CHECK (kind IN ('BODY', 'GROUP')),
    seq          INT    NOT NULL,
    name         TEXT   NOT NULL,
    lead_units   TEXT[] NOT NULL DEFAULT '{}',
    member_units TEXT[] NOT NULL DEFAULT '{}',
    duties       TEXT,
    source_ref   TEXT   NOT NULL,
    UNIQUE (incident_id, code)
);
CREATE TABLE command_assignment (
    id           UUID PRIMARY KEY,
    incident_id  UUID        NOT NULL REFERENCES incident_command (incident_id),
    unit_code    TEXT        NOT NULL,
    role         TEXT        NOT NULL CHECK (role IN ('COMMANDER', 'DEPUTY_COMMANDER', 'LEAD', 'MEMBER', 'LIAISON')),
    person       TEXT        NOT NULL,
    organisation TEXT,
    phone        TEXT,
    assigned_at  TIMESTAMPTZ NOT NULL,
    recorded_by  TEXT        NOT NULL
);
CREATE INDEX command_assignment_incident ON command_assignment (incident_id, unit_code);

-- 4. Editions of a 编制修订工作规划 (programmes.json) and their filing.
CREATE TABLE programme_edition (
    id               UUID PRIMARY KEY,
    programme_code   TEXT        NOT NULL,
    jurisdiction     TEXT        NOT NULL,
    approved_on      DATE        NOT NULL,
    approved_by      TEXT        NOT NULL,
    document_number  TEXT,
    filed_on         DATE,
    filing_reference TEXT,
    filed_by         TEXT,
    recorded_by      TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (programme_code, approved_on)
);

-- 5. Resource registries (张店区's annexes 002:3543-3613, 002:3992-4226): depots, fire-rescue stations and their
--    vehicles, shelters and medical units. Coordinates are stored as printed (converted literally); a row with a
--    coordinate problem keeps it in coordinate_problem and is never searched by distance. No PostGIS: the
--    embedded PostgreSQL has no PostGIS binaries, so distances are the haversine formula in plain SQL.
CREATE TABLE emergency_resource (
    code                 TEXT PRIMARY KEY,
    resource_type        TEXT        NOT NULL CHECK (resource_type IN ('DEPOT', 'FIRE_STATION', 'SHELTER', 'MEDICAL_UNIT')),
    jurisdiction         TEXT        NOT NULL,
    plan_code            TEXT        NOT NULL,
    seq                  INT         NOT NULL,
    name                 TEXT        NOT NULL,
    kind                 TEXT,
    address              TEXT,
    phone                TEXT,
    managing_body        TEXT,
    area_m2              NUMERIC,
    area_approximate     BOOLEAN     NOT NULL DEFAULT FALSE,
    capacity_persons     INT,
    shelter_class        TEXT CHECK (shelter_class IN ('I', 'II', 'III', 'IV')),
    contents             TEXT,
    latitude             DOUBLE PRECISION,
    longitude            DOUBLE PRECISION,
    latitude_dms         TEXT,
    longitude_dms        TEXT,
    coordinate_problem   TEXT CHECK (coordinate_problem IN ('INVALID_DMS', 'OUT_OF_BOUNDS')),
    notes                TEXT[]      NOT NULL DEFAULT '{}',
    source_ref           TEXT        NOT NULL,
    loaded_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX emergency_resource_search ON emergency_resource (resource_type, jurisdiction);
CREATE TABLE fire_vehicle (
    code         TEXT PRIMARY KEY,
    station_code TEXT NOT NULL REFERENCES emergency_resource (code) ON DELETE CASCADE,
    seq          INT  NOT NULL,
    vehicle_type TEXT NOT NULL,
    quantity     INT  NOT NULL CHECK (quantity > 0),
    note         TEXT,
    source_ref   TEXT NOT NULL
);
