-- Fulfilment of periodic duties, so the compliance view can tell a missed report from an upcoming one. A duty is
-- owed from the day the plan that sets it took effect.
ALTER TABLE periodic_duty ADD COLUMN effective_from DATE;
UPDATE periodic_duty SET effective_from = DATE '2022-11-24' WHERE jurisdiction = '370104'; -- 000:1653 自印发之日起实施
UPDATE periodic_duty SET effective_from = DATE '2021-12-31' WHERE jurisdiction = '370303'; -- 002:3653 自发布之日起实施
ALTER TABLE periodic_duty ALTER COLUMN effective_from SET NOT NULL;

CREATE TABLE duty_report (
    id           UUID PRIMARY KEY,
    jurisdiction TEXT        NOT NULL,
    code         TEXT        NOT NULL,
    due_on       DATE        NOT NULL,
    submitted_on DATE        NOT NULL,
    reference    TEXT,
    recorded_by  TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (jurisdiction, code, due_on)
);
