-- The platform's tables, the same in every service's database: audit trail, idempotent requests, transactional
-- outbox, consumed events. Repeatable and idempotent: Flyway applies it after the service's own versioned
-- migrations whenever it changes, so each statement must hold on an empty schema and on any earlier shape.
CREATE TABLE IF NOT EXISTS audit_entry (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL,
    actor        TEXT        NOT NULL,
    jurisdiction TEXT,
    action       TEXT        NOT NULL,
    entity_type  TEXT        NOT NULL,
    entity_id    TEXT        NOT NULL,
    details      JSONB
);
CREATE INDEX IF NOT EXISTS audit_entry_entity ON audit_entry (entity_type, entity_id);

CREATE TABLE IF NOT EXISTS idempotency_record (
    actor           TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    status          INT         NOT NULL,
    body            TEXT,
    location        TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (actor, idempotency_key)
);
-- the stored answer is sent back as it was written: text, not a JSONB that PostgreSQL would reorder
ALTER TABLE idempotency_record ALTER COLUMN body TYPE TEXT;
CREATE INDEX IF NOT EXISTS idempotency_record_created ON idempotency_record (created_at);

CREATE TABLE IF NOT EXISTS outbox_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    UUID        NOT NULL UNIQUE,
    topic       TEXT        NOT NULL,
    message_key TEXT        NOT NULL,
    payload     TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    sent_at     TIMESTAMPTZ
);
-- the relay sends the payload as it is; JSONB would parse every row on insert and print it again on read
ALTER TABLE outbox_event ALTER COLUMN payload TYPE TEXT;
CREATE INDEX IF NOT EXISTS outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS consumed_event (
    consumer    TEXT        NOT NULL,
    event_id    TEXT        NOT NULL,
    consumed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX IF NOT EXISTS consumed_event_at ON consumed_event (consumed_at);
