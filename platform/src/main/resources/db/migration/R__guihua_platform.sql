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
-- a large answer (a farmland ranking's thousand units, 250 kB) is compressed with lz4 where the server has it;
-- elsewhere it is stored out of line as it is: pglz took longer than writing it (3-4 ms of a 60 ms ranking, issue 17)
DO $$
BEGIN
    ALTER TABLE idempotency_record ALTER COLUMN body SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    ALTER TABLE idempotency_record ALTER COLUMN body SET STORAGE EXTERNAL;
END
$$;
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
-- A row holds one event (events = 1, chunk NULL: payload is the CloudEvent, message_key its key), or is a chunk row
-- that holds many, written by bulk writers (OutboxChunk): events is their number, chunk their keys and CloudEvents,
-- LZ4-compressed by the writer, and event_id, message_key and created_at are those of its first event (payload is
-- empty). The relay sends a chunk row as one record per event, in order, and marks it sent when all are acknowledged.
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS events INT NOT NULL DEFAULT 1;
ALTER TABLE outbox_event ADD COLUMN IF NOT EXISTS chunk BYTEA;
-- compressed already: stored out of line as it is, without PostgreSQL trying to compress it again
ALTER TABLE outbox_event ALTER COLUMN chunk SET STORAGE EXTERNAL;
-- a payload large enough to be compressed (a single event's of more than about 2 kB) is compressed with lz4 where
-- the server has it (PostgreSQL 14+ built with lz4, as the production images are); the embedded server of the tests
-- and the local stack has not, and keeps pglz
DO $$
BEGIN
    ALTER TABLE outbox_event ALTER COLUMN payload SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    NULL;
END
$$;
CREATE INDEX IF NOT EXISTS outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
CREATE INDEX IF NOT EXISTS outbox_event_sent ON outbox_event (sent_at) WHERE sent_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS consumed_event (
    consumer    TEXT        NOT NULL,
    event_id    TEXT        NOT NULL,
    consumed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX IF NOT EXISTS consumed_event_at ON consumed_event (consumed_at);
