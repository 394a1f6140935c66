-- The monitoring consumer now runs on the platform's consumer (cn.guihua.platform.kafka, consumer 'monitoring'),
-- which records the ids of the events it applied in consumed_event, in the transaction that applies them. The
-- service's own processed_event table is no longer written or read. Its ids are not carried over (consumed_event
-- is the platform's table, created after the versioned migrations): the consumer group and its committed offsets
-- stay the same, so only events after the last committed offset come again, and applying those again in order
-- leaves every monitoring value in the state of its last event, as before.
DROP TABLE IF EXISTS processed_event;
