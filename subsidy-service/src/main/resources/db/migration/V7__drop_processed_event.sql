-- The monitoring consumer now runs on the platform's consumer (cn.guihua.platform.kafka), which records the ids of
-- the events it applied in consumed_event (consumer 'monitoring'), in the transaction that applies them. The
-- service's own processed_event table is no longer written or read. Its ids are not carried over: a redelivered
-- event that was applied under the old table upserts the same figure again, which changes nothing (the upsert keeps
-- the highest value_version).
DROP TABLE IF EXISTS processed_event;
