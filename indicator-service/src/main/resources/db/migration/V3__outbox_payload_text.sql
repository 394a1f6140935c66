-- The outbox only carries each CloudEvent to Kafka, nobody queries inside it: plain text spares the JSONB parse and
-- the larger rows, which a 100 000-row bulk submission (one event per value) pays for on every row.
ALTER TABLE outbox_event ALTER COLUMN payload TYPE TEXT;
