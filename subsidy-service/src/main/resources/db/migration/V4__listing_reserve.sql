-- 槐荫区推进企业上市“五年攻坚”行动计划: the reserve pool, its tiers and the district leaders' assignments. No amounts.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('HUAIYIN_LISTING', 'LEADER_ASSIGNMENT', '2022-12-15', NULL, '{"maxPerLeaderPerYear": 2}', '000:2479',
 '副区长每年包挂1至2家拟上市企业或纳入市“荷尖”企业'),
('HUAIYIN_LISTING', 'ASSIGNMENT_SELECTION', '2022-12-15', NULL, '{"stages": ["TUTORING", "FILING"], "tiers": ["HEJIAN"]}', '000:2515',
 '从已进入辅导期的拟上市企业中筛选上市条件较成熟、计划上市时间较近、正在全力推进的企业，从纳入市“荷尖”企业中筛选一年内能在证监部门报备辅导'),
('HUAIYIN_LISTING', 'LEADER_VISIT', '2022-12-15', NULL, '{"months": 6}', '000:2545',
 '包挂领导每半年不少于1次到企业调研走访');

CREATE TABLE reserve_enterprise (
    id            UUID PRIMARY KEY,
    credit_code   TEXT        NOT NULL UNIQUE,
    name          TEXT        NOT NULL,
    jurisdiction  TEXT        NOT NULL,
    tier          TEXT        NOT NULL,
    stage         TEXT        NOT NULL,
    leader        TEXT,
    leader_year   INT,
    leader_since  DATE,
    last_visit_on DATE,
    updated_at    TIMESTAMPTZ NOT NULL,
    version       INT         NOT NULL DEFAULT 0
);
CREATE INDEX reserve_enterprise_leader ON reserve_enterprise (leader, leader_year);
