-- Issue 12 ("Right verdicts"): targets evaluated as the documents mean them. Expand only: every column is new and
-- nullable or has a default, so a running older version keeps reading and writing plan_target as before.

-- The tolerance of a target (defaulted from its phrasing, settable by a planner) and the phrasing itself.
ALTER TABLE plan_target ADD COLUMN tolerance NUMERIC CHECK (tolerance >= 0);
ALTER TABLE plan_target ADD COLUMN tolerance_source TEXT CHECK (tolerance_source IN ('PHRASING_DEFAULT', 'PLANNER'));
ALTER TABLE plan_target ADD COLUMN phrasing TEXT;
-- A base year and value with its source; a base year a planner still has to set.
ALTER TABLE plan_target ADD COLUMN baseline_source TEXT
    CHECK (baseline_source IN ('DOCUMENT', 'MONITORED', 'PLANNER', 'TO_BE_SET'));
ALTER TABLE plan_target ADD COLUMN baseline_source_ref TEXT;
ALTER TABLE plan_target ADD COLUMN baseline_as_of DATE;
ALTER TABLE plan_target ADD COLUMN baseline_note TEXT;
ALTER TABLE plan_target ADD COLUMN base_year_to_be_set BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE plan_target ADD COLUMN suggested_base_year INT;
-- A value a higher level sets (市下达, 市定标准), entered later by a planner.
ALTER TABLE plan_target ADD COLUMN value_to_be_set BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE plan_target ADD COLUMN value_set_by TEXT;
-- An intermediate step, judged in its own year, with the deadline the document prints.
ALTER TABLE plan_target ADD COLUMN milestone BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE plan_target ADD COLUMN milestone_date DATE;
-- A relative target's level is another indicator's value; only-down-or-unchanged (只减不增).
ALTER TABLE plan_target ADD COLUMN reference_indicator_code TEXT REFERENCES indicator (code);
ALTER TABLE plan_target ADD COLUMN unchanged_meets BOOLEAN;
-- Optimistic concurrency of the planner's changes.
ALTER TABLE plan_target ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

-- The baselines stored before this version have a year; those with a value are printed in the documents (the
-- disability tables' 2020 column), those without name a base year whose value the monitoring gives.
UPDATE plan_target SET baseline_source = CASE WHEN baseline_value IS NULL THEN 'MONITORED' ELSE 'DOCUMENT' END
WHERE baseline_year IS NOT NULL AND baseline_source IS NULL;

-- The new comparator 上升趋势减缓 (the rise slows).
ALTER TABLE plan_target DROP CONSTRAINT IF EXISTS plan_target_comparator_check;
ALTER TABLE plan_target ADD CONSTRAINT plan_target_comparator_check CHECK (comparator IN ('AT_MOST', 'BELOW',
    'AT_LEAST', 'ABOVE', 'EQUAL', 'RANGE', 'DECREASE_PERCENT', 'CHANGE_PP_PER_YEAR', 'DIRECTION', 'FULL_COVERAGE',
    'SLOWER_RISE'));

-- The history of a target's planner data: every change of tolerance, value or base, by whom, when and why.
CREATE SEQUENCE plan_target_change_seq;
CREATE TABLE plan_target_change (
    id         BIGINT PRIMARY KEY DEFAULT nextval('plan_target_change_seq'),
    target_id  BIGINT      NOT NULL REFERENCES plan_target (id) ON DELETE CASCADE,
    plan_code  TEXT        NOT NULL,
    revision   INT         NOT NULL,
    field      TEXT        NOT NULL CHECK (field IN ('TOLERANCE', 'VALUE', 'BASELINE')),
    old_value  TEXT        NOT NULL,
    new_value  TEXT        NOT NULL,
    reason     TEXT        NOT NULL,
    actor      TEXT        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_target_change_target ON plan_target_change (target_id, id);

-- The evaluations of a plan's execution the document schedules (中期评估, 终期考核).
CREATE TABLE plan_evaluation (
    id         BIGINT PRIMARY KEY,
    plan_id    BIGINT NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    sequence   INT    NOT NULL,
    kind       TEXT   NOT NULL CHECK (kind IN ('MID_TERM', 'FINAL')),
    due_date   DATE   NOT NULL,
    source_ref TEXT
);
CREATE INDEX plan_evaluation_plan ON plan_evaluation (plan_id);
