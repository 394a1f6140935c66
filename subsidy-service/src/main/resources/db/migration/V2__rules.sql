-- Policies, their rules as data (each with its source clause) and effective-dated parameters.
CREATE TABLE policy (
    code           TEXT PRIMARY KEY,
    title          TEXT NOT NULL,
    document_no    TEXT,
    jurisdiction   TEXT NOT NULL,
    effective_from DATE NOT NULL,
    effective_to   DATE,
    source_ref     TEXT NOT NULL
);

-- A rule is valid from valid_from to valid_to (inclusive); params holds its numbers, read by the code that combines them.
CREATE TABLE policy_rule (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    policy_code TEXT NOT NULL REFERENCES policy (code),
    rule_code   TEXT NOT NULL,
    valid_from  DATE NOT NULL,
    valid_to    DATE,
    params      JSONB NOT NULL,
    source_ref  TEXT NOT NULL,
    quote       TEXT NOT NULL,
    UNIQUE (policy_code, rule_code, valid_from)
);

-- Values an authorised officer sets where the document gives none (OpenFisca's parameters): the value as of a
-- date is the one with the latest valid_from on or before it.
CREATE TABLE parameter_value (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    valid_from   DATE NOT NULL,
    value        TEXT NOT NULL,
    note         TEXT,
    set_by       TEXT NOT NULL,
    set_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (name, jurisdiction, valid_from)
);

INSERT INTO policy (code, title, document_no, jurisdiction, effective_from, effective_to, source_ref) VALUES
('HUAIYIN_FARMLAND', '槐荫区耕地保护激励办法', '济槐政字〔2022〕13号', '370104', '2022-11-15', '2025-11-14', '000:1785'),
('LANSHAN_LISTING', '兰山区全面推进企业上市五年行动计划实施意见', '临兰政字〔2022〕16号', '371302', '2022-04-29', NULL, '001:490'),
('HUAIYIN_LISTING', '槐荫区推进企业上市“五年攻坚”行动计划', '济槐政字〔2022〕20号', '370104', '2022-12-15', NULL, '000:2378'),
('DISABILITY_LIVING', '困难残疾人生活补贴', '济槐政字〔2022〕14号', '370104', '2021-01-01', NULL, '000:1903'),
('DISABILITY_NURSING', '重度残疾人护理补贴', '济槐政字〔2022〕14号', '370104', '2021-01-01', NULL, '000:1904');

-- 附件1 区级耕地保护激励评价标准 (000:1794-1809), the selection and the rewards (000:1745-1759).
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('HUAIYIN_FARMLAND', 'F1A_CULTIVATED_TARGET', '2022-11-15', '2025-11-14', '{"points": 15}', '000:1796',
 '上一年度末实有耕地面积与规划确定的耕地保有量目标比较，大于等于的得 15 分，小于的不得分'),
('HUAIYIN_FARMLAND', 'F1B_ABOVE_QUOTA', '2022-11-15', '2025-11-14', '{"stepPercent": 5, "pointsPerStep": 1, "maxPoints": 5}', '000:1796',
 '以本街道或村耕地保有量为基数，每高于基数 5% 的加 1 分，最高不超过 5 分'),
('HUAIYIN_FARMLAND', 'F1C_ABOVE_AVERAGE', '2022-11-15', '2025-11-14', '{"tiers": [{"abovePercent": 30, "points": 5}, {"abovePercent": 20, "points": 3}, {"abovePercent": 10, "points": 1}]}', '000:1796',
 '全区或街道实有耕地面积平均值为基数，高于基数 10% 的加 1 分，高于 20% 的加 3 分，高于 30% 的加 5 分'),
('HUAIYIN_FARMLAND', 'F2_PERMANENT_BASIC', '2022-11-15', '2025-11-14', '{"points": 20}', '000:1797',
 '上一年度末永久基本农田面积与规划确定的永久基本农田保护目标比较，大于等于的得 20 分，小于的不得分'),
('HUAIYIN_FARMLAND', 'F3A_ILLEGAL_OCCUPATION', '2022-11-15', '2025-11-14', '{"points": 10, "deductPerPercent": 1}', '000:1798',
 '上一年度无违法占用耕地和永久基本农田的得 10 分，新增建设用地违法占用耕地面积与依法占用耕地面积的比例每增加 1% 扣 1 分，扣完为止'),
('HUAIYIN_FARMLAND', 'F3B_NEW_PATCHES', '2022-11-15', '2025-11-14', '{"points": 5, "deductPerPercent": 1}', '000:1798',
 '各街道或村耕地卫片新增图斑面积占本辖区耕地保有量的比例小于等于基数的，得 5 分，每增加 1% 扣 1 分，扣完为止'),
('HUAIYIN_FARMLAND', 'F4_MEASURES', '2022-11-15', '2025-11-14', '{"pointsPerMeasure": 2, "maxPoints": 10, "cityOrAbovePoints": 7, "districtPoints": 3, "weight": 20}', '000:1801',
 '每项措施得2分，总分不超过10分；耕地保护工作先进经验被市级及以上推广宣传的，得7分，被区级宣传推广的，得3分'),
('HUAIYIN_FARMLAND', 'F4_VILLAGE_BONUS', '2022-11-15', '2025-11-14', '{}', '000:1807',
 '第4项主要对各街道进行评分，村视工作开展情况列为加分项'),
('HUAIYIN_FARMLAND', 'F5_DEMONSTRATION', '2022-11-15', '2025-11-14', '{"acceptedPoints": 5, "reverifiedPoints": 5}', '000:1802',
 '通过验收的得5分，复验通过的得5分'),
('HUAIYIN_FARMLAND', 'F6_FUNDS', '2022-11-15', '2025-11-14', '{"passedToVillagesPoints": 5, "usedInScopePoints": 5}', '000:1803',
 '受省、市、区激励的街道按规定将资金用于或拨付到村的得5分；受省、市、区激励的街道、村按规定范围使用资金的得5分'),
('HUAIYIN_FARMLAND', 'F6_NOT_INCENTIVISED', '2022-11-15', '2025-11-14', '{"points": 10}', '000:1809',
 '上一年度未受省、市激励的街道第6项直接计10分'),
('HUAIYIN_FARMLAND', 'NO_TASK_EXCLUDED', '2022-11-15', '2025-11-14', '{}', '000:1745',
 '无耕地保护任务的街道和村不列入考核评价'),
('HUAIYIN_FARMLAND', 'DQ_TASK_NOT_COMPLETED', '2022-11-15', '2025-11-14', '{}', '000:1753',
 '耕地保有量、永久基本农田保护任务未按规定完成的'),
('HUAIYIN_FARMLAND', 'DQ_ILLEGAL_OCCUPATION', '2022-11-15', '2025-11-14', '{"maxRatioPercent": 10}', '000:1755',
 '年度土地卫片执法检查中违法占用耕地面积比例超过10%的'),
('HUAIYIN_FARMLAND', 'DQ_ACCOUNTABILITY', '2022-11-15', '2025-11-14', '{}', '000:1755',
 '因违法占用耕地问题被自然资源部、省政府、市政府、区政府约谈或问责的；被上级挂牌督办的；被媒体披露或群众举报造成恶劣影响的'),
('HUAIYIN_FARMLAND', 'DQ_NON_FARMING', '2022-11-15', '2025-11-14', '{}', '000:1759',
 '耕地“非农化”“非粮化”问题突出，造成重大不良影响的'),
('HUAIYIN_FARMLAND', 'SELECTION', '2022-11-15', '2025-11-14', '{"minStreets": 1, "maxStreets": 2, "minVillages": 3, "maxVillages": 6, "maxVillagesPerStreet": 2}', '000:1745',
 '全区每年评选1-2个街道、3-6个村作为区级激励对象。各街道每年可推荐不多于2个村'),
('HUAIYIN_FARMLAND', 'REWARD', '2022-11-15', '2025-11-14', '{"street": 300000, "village": 100000}', '000:1747',
 '对区级耕地保护激励街道奖励30万元，区级耕地保护激励村奖励10万元'),
('HUAIYIN_FARMLAND', 'NO_INDIVIDUALS', '2022-11-15', '2025-11-14', '{}', '000:1777',
 '耕地保护激励资金禁止发放到个人'),
('HUAIYIN_FARMLAND', 'FUND_USE_PLAN', '2022-11-15', '2025-11-14', '{"months": 1}', '000:1775',
 '资金发放后1个月内应制定资金使用方案');

-- 临兰政字〔2022〕16号 (五): every amount of the staged listing rewards is in 001:478.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_LISTING', 'SHAREHOLDING_REFORM', '2022-04-29', NULL, '{"amount": 1000000}', '001:478',
 '拟上市企业开展以上市为目的的股份制改造，完成工商登记变更后，给予财政资金补助 100 万元'),
('LANSHAN_LISTING', 'CSRC_ACCEPTANCE', '2022-04-29', NULL, '{"amount": 4000000}', '001:478',
 '上市申请材料经中国证监会山东监管局验收合格的，给予财政资金补助 400 万元'),
('LANSHAN_LISTING', 'DOMESTIC_LISTING', '2022-04-29', NULL, '{"amount": 5000000}', '001:478',
 '企业完成上市后，一次性给予财政资金补助 500 万元'),
('LANSHAN_LISTING', 'OVERSEAS_LISTING', '2022-04-29', NULL, '{"rate": 0.02, "cap": 5000000}', '001:478',
 '按照拟上市募集资金回款的 2%，给予一次性财政资金补助，最高不超过 500 万元'),
('LANSHAN_LISTING', 'BACKDOOR_RELOCATION', '2022-04-29', NULL, '{"amount": 5000000}', '001:478',
 '对辖区以外上市公司将注册地和主营业务迁至我区，给予一次性财政资金补助 500 万元'),
('LANSHAN_LISTING', 'HEADQUARTERS_RELOCATION', '2022-04-29', NULL, '{"amount": 5000000}', '001:478',
 '区外上市企业将总部迁入我区，并在我区注册和纳税的，给予一次性财政资金补助 500 万元'),
('LANSHAN_LISTING', 'NEEQ_LISTING', '2022-04-29', NULL, '{"amount": 500000}', '001:478',
 '对在全国中小企业股份转让系统挂牌的企业，给予一次性财政资金补助 50 万元'),
('LANSHAN_LISTING', 'REGIONAL_EQUITY_LISTING', '2022-04-29', NULL, '{"amount": 100000}', '001:478',
 '对在齐鲁股权交易中心、青岛蓝海股权交易中心挂牌的企业，除享受省、市扶持政策外，给予一次性财政资金补助 10 万元');

-- Disability subsidies: the plans give neither amounts nor eligibility tables; the rules below are the terms the
-- plans use, the amounts are parameters (parameter_value) and the 槐荫区 extension a switch.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('DISABILITY_LIVING', 'LIVING_ELIGIBILITY', '2021-01-01', NULL, '{"requiresLowIncome": true}', '000:1941',
 '将符合条件的残疾人家庭全部纳入低保范围'),
('DISABILITY_LIVING', 'LIVING_AMOUNT', '2021-01-01', NULL, '{"parameter": "DISABILITY_LIVING_MONTHLY"}', '000:1931',
 '落实困难残疾人生活补贴和重度残疾人护理补贴动态调整机制'),
('DISABILITY_LIVING', 'COVERAGE_TARGET', '2021-01-01', NULL, '{"indicator": "DISABLED_LIVING_SUBSIDY_COVERAGE", "target": 100}', '000:1903',
 '困难残疾人生活补贴覆盖率（%）	100	100	约束性'),
('DISABILITY_NURSING', 'NURSING_ELIGIBILITY', '2021-01-01', NULL, '{"grades": [1, 2]}', '000:1904',
 '重度残疾人护理补贴覆盖率（%）	100	100	约束性'),
('DISABILITY_NURSING', 'NURSING_EXTENSION', '2021-01-01', NULL, '{"grades": [3, 4], "categories": ["INTELLECTUAL", "MENTAL"], "switch": "NURSING_EXTENDED_TO_GRADE_3_4"}', '000:1931',
 '积极探索将护理补贴覆盖至有护理需求的三、四级智力和精神残疾人'),
('DISABILITY_NURSING', 'NURSING_AMOUNT', '2021-01-01', NULL, '{"parameter": "DISABILITY_NURSING_MONTHLY"}', '000:1931',
 '落实困难残疾人生活补贴和重度残疾人护理补贴动态调整机制'),
('DISABILITY_NURSING', 'COVERAGE_TARGET', '2021-01-01', NULL, '{"indicator": "SEVERE_DISABLED_NURSING_SUBSIDY_COVERAGE", "target": 100}', '000:1904',
 '重度残疾人护理补贴覆盖率（%）	100	100	约束性');
