-- Platform tables every service has: audit trail, idempotent requests, transactional outbox.
CREATE TABLE audit_entry (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           TIMESTAMPTZ NOT NULL,
    actor        TEXT        NOT NULL,
    jurisdiction TEXT,
    action       TEXT        NOT NULL,
    entity_type  TEXT        NOT NULL,
    entity_id    TEXT        NOT NULL,
    details      JSONB
);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id);

CREATE TABLE idempotency_record (
    actor           TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    status          INT         NOT NULL,
    body            JSONB,
    location        TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (actor, idempotency_key)
);

CREATE TABLE outbox_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    UUID        NOT NULL UNIQUE,
    topic       TEXT        NOT NULL,
    message_key TEXT        NOT NULL,
    payload     JSONB       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    sent_at     TIMESTAMPTZ
);
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
