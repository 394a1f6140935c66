-- Plan content gets its ids from one sequence handed out in blocks of 50, so that Hibernate can batch the
-- hundreds of inserts of a plan import instead of sending them one by one (identity columns forbid batching).
CREATE SEQUENCE plan_content_seq INCREMENT BY 50;
ALTER TABLE plan ALTER COLUMN id DROP IDENTITY;
ALTER TABLE plan_area ALTER COLUMN id DROP IDENTITY;
ALTER TABLE plan_goal ALTER COLUMN id DROP IDENTITY;
ALTER TABLE plan_measure ALTER COLUMN id DROP IDENTITY;
ALTER TABLE plan_target ALTER COLUMN id DROP IDENTITY;
SELECT setval('plan_content_seq', 100 + GREATEST(
    (SELECT coalesce(max(id), 0) FROM plan), (SELECT coalesce(max(id), 0) FROM plan_area),
    (SELECT coalesce(max(id), 0) FROM plan_goal), (SELECT coalesce(max(id), 0) FROM plan_measure),
    (SELECT coalesce(max(id), 0) FROM plan_target)));
