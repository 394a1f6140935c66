-- Issue 12: every effective-dated rule is applied as in force on the day being judged, so the registry keeps what a
-- past day needs: each edition of a plan with its issue date, the day a plan stopped applying, the end of a periodic
-- duty, and the 审核 step and the enterprise filing rules as rule data with their clause and period.

-- 1. Editions (版本): one row per issue. The edition in force on a day is the latest issued on or before it.
CREATE TABLE plan_edition (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plan_id         UUID        NOT NULL REFERENCES emergency_plan (id),
    issue_date      DATE        NOT NULL,
    document_number TEXT,
    -- the revision this edition came out of (MAJOR: a drill on the new text is owed, 000:1595); null for the first
    revision_kind   TEXT CHECK (revision_kind IN ('MAJOR', 'MINOR')),
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (plan_id, issue_date)
);
-- Earlier editions are known from their filing duties (one set per issue date), the current one from the plan.
INSERT INTO plan_edition (plan_id, issue_date, document_number, revision_kind, created_at)
SELECT e.plan_id, e.issue_date,
       CASE WHEN e.issue_date = p.issue_date THEN p.document_number END,
       CASE WHEN e.issue_date = p.major_revision_issued_on THEN 'MAJOR' END, now()
FROM (SELECT plan_id, issue_date FROM filing
      UNION SELECT id, issue_date FROM emergency_plan WHERE issue_date IS NOT NULL) e
JOIN emergency_plan p ON p.id = e.plan_id;
CREATE INDEX plan_edition_plan ON plan_edition (plan_id, issue_date);

-- 2. The day a plan stopped applying: superseded (the replacing plan's issue) or repealed. Null while it applies.
ALTER TABLE emergency_plan ADD COLUMN ended_on DATE;
UPDATE emergency_plan p SET ended_on = (
    SELECT min((t.at AT TIME ZONE 'Asia/Shanghai')::date) FROM plan_transition t
    WHERE t.plan_id = p.id AND t.to_status IN ('SUPERSEDED', 'REPEALED'))
WHERE p.status IN ('SUPERSEDED', 'REPEALED');

-- 3. A periodic duty ends when the plan that sets it no longer applies (null: still owed).
ALTER TABLE periodic_duty ADD COLUMN effective_to DATE;

-- 4. 应急管理部门审核 of special plans, as each jurisdiction's overall plan words it. 槐荫区 names 区级灾害事故专项
--    应急预案 (000:1575), i.e. its 自然灾害 and 事故灾难 categories (000:1145, 000:1147); 张店区 names every 本级专项
--    应急预案 (002:3630). An empty categories array covers every category. The rule applies to the plans of the
--    jurisdiction itself (区级 / 本级), not to those of its streets.
CREATE TABLE review_rule (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction   TEXT   NOT NULL,
    plan_type      TEXT   NOT NULL,
    categories     TEXT[] NOT NULL DEFAULT '{}',
    reviewer       TEXT   NOT NULL,
    plans_named    TEXT   NOT NULL,
    source_ref     TEXT   NOT NULL,
    quote          TEXT   NOT NULL,
    effective_from DATE   NOT NULL,
    effective_to   DATE
);
INSERT INTO review_rule (jurisdiction, plan_type, categories, reviewer, plans_named, source_ref, quote, effective_from) VALUES
    ('370104', 'SPECIAL', '{NATURAL,ACCIDENT}', '区应急管理部门', '区级灾害事故专项应急预案', '000:1575',
     '区应急管理部门综合协调各类应急预案衔接工作，负责区级灾害事故专项应急预案审核', DATE '2022-11-24'),
    ('370303', 'SPECIAL', '{}', '应急管理部门', '本级专项应急预案', '002:3630',
     '应急管理部门综合协调各类应急预案衔接工作，负责本级专项应急预案审核', DATE '2021-12-31');

-- 5. Enterprise plans (000:1585): the overall plans of 中央驻区企业三级公司 and 省属企业二级公司 are filed with all three
--    of 区行业主管部门, 应急管理部门 (read as the district's) and 企业总部; every other enterprise files with one of
--    区应急管理部门 or 有关行业主管部门 (the rule V3 loaded, now OTHER_OWNERSHIP). No deadline is stated.
ALTER TABLE emergency_plan ADD COLUMN enterprise_kind TEXT
    CHECK (enterprise_kind IN ('CENTRAL_SOE_TIER3', 'PROVINCIAL_SOE_TIER2', 'OTHER_OWNERSHIP'));
ALTER TABLE filing_rule ADD COLUMN enterprise_kind TEXT
    CHECK (enterprise_kind IN ('CENTRAL_SOE_TIER3', 'PROVINCIAL_SOE_TIER2', 'OTHER_OWNERSHIP'));
UPDATE filing_rule SET enterprise_kind = 'OTHER_OWNERSHIP' WHERE jurisdiction = '370104' AND plan_type = 'ENTERPRISE';
INSERT INTO filing_rule (jurisdiction, plan_type, enterprise_kind, recipient, mode, deadline_working_days, source_ref, effective_from)
SELECT '370104', 'ENTERPRISE', k.kind, r.recipient, '报送备案', NULL, '000:1585', DATE '2022-11-24'
FROM (VALUES ('CENTRAL_SOE_TIER3', 1), ('PROVINCIAL_SOE_TIER2', 2)) k (kind, o)
CROSS JOIN (VALUES ('区行业主管部门', 1), ('应急管理部门（区）', 2), ('企业总部', 3)) r (recipient, o)
ORDER BY k.o, r.o;
