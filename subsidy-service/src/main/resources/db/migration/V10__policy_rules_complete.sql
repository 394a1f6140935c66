-- Issue 13: every computable rule of the seeds that V2-V6 do not hold yet, as data (rules only; the code that
-- combines them is in the service: headquarters/, expropriation/, directdelivery/, statecapital/, farmland/). Same format as V2: one policy_rule row per row of a source table or schedule,
-- `params` the numbers, `source_ref` FILE:LINE where the quoted words begin (a quote may run on over the seed's soft
-- line breaks; "…" marks words left out), `valid_from`/`valid_to` the document's effective period.
--
-- What already existed and is NOT repeated here:
--   ZHANGDIAN_HQ (V5): BASIC_REGISTRATION, BASIC_NETWORK, DIRECT_RECOGNITION, the nine THRESHOLD_<sector> rows,
--     CAPITAL_INJECTION, OPERATING_CONTRIBUTION, GROWTH_REVENUE, OFFICE_PURCHASE (total), OFFICE_RENT (50 %), ANNUAL_CAP.
--   LANSHAN_EXPROPRIATION (V6): MINIMUM_PRICE, MINIMUM_AREA, NO_DOUBLE_BENEFIT, RELOCATION (residential 2000/套),
--     TEMPORARY_*, BUILD_FIRST, DECORATION, EARLY_SIGNING.
--   HUAIYIN_FARMLAND (V2): the scoring items F1A-F6, disqualifications, SELECTION, REWARD, NO_INDIVIDUALS, FUND_USE_PLAN.
-- Where an existing row holds only part of its sentence, the rest is added under a NEW rule code (e.g.
-- OFFICE_RENT_GOVERNMENT_PREMISES beside OFFICE_RENT), not as a new version of the old code: a version needs a later
-- valid_from (UNIQUE (policy_code, rule_code, valid_from)), and the words have been in force since the same day as
-- the rest of the document, so a later date would misstate them.
--
-- Ambiguities are never given a value here. The params name the officer-set parameter ("...Parameter": NAME, as V2's
-- {"parameter": ...}); the comment above the row says what is open. Without the parameter the calculation must answer
-- NOT_CONFIGURED naming it. All parameter names are listed in src/test/resources/cases/README.md.
--
-- Working days: the documents count 工作日 for the HQ department review (002:245), the HQ restructuring report
-- (002:252), the 政企直通车 deadlines (001:1858, 001:1862) and the interpretation deadline (001:1582). They are
-- counted on the system's one official calendar (emergency-service, table calendar_day, from the State Council
-- notices; GET /api/v1/calendar/working-days), the day of the triggering event not counted. No holiday data here.
-- "日"/"天" without 工作 are calendar days.
--
-- Open points of rows that already exist (no new row, parameters only; the current code's reading in brackets):
--   ZHANGDIAN_HQ GROWTH_REVENUE (002:156): HQ_REVENUE_MILESTONES_SAME_YEAR (EACH | HIGHEST) - several milestones first
--     passed in one year [EACH]. OFFICE_RENT (002:157): HQ_RENT_BASE (ANNUAL_RENT | CONTRACT_TOTAL) - "租赁合同价" of a
--     year or of the contract [ANNUAL_RENT]; no cap stated. OPERATING_CONTRIBUTION, ANNUAL_CAP: "地方财政主体贡献" is
--     not defined (002:155, 002:164) - an input figure, as today.
--   LANSHAN_EXPROPRIATION TEMPORARY_RESETTLEMENT (001:244): EXPROPRIATION_RESETTLEMENT_UNIT (UNIT | HOUSEHOLD) - "每（套）户"
--     for a household with several units [per request]. DECORATION (001:282) against 001:204 (value includes
--     decoration): EXPROPRIATION_DECORATION_IN_VALUE (ADD | INCLUDED) [ADD]. EARLY_SIGNING (001:284): the award period
--     is the project's, an input.
--   (V6 TEMPORARY_NONE cites 001:250; its quote begins on 001:248. Left as it is.)

-- ---------------------------------------------------------------------------------------------------------------
-- New policies. Effective dates: neither 临兰政办字〔2022〕20号, 〔2022〕13号 nor 槐政办字〔2022〕6号 states one, so
-- the date of the document is used and no end (as V2 does for HUAIYIN_LISTING).
INSERT INTO policy (code, title, document_no, jurisdiction, effective_from, effective_to, source_ref) VALUES
('LANSHAN_DIRECT_DELIVERY', '兰山区推动惠企政策“直通、直达、直感、直享”的实施意见', '临兰政办字〔2022〕20号', '371302', '2022-04-30', NULL, '001:1922'),
('LANSHAN_POLICY_INTERPRETATION', '兰山区关于进一步规范和加强政策解读工作的通知', '临兰政办字〔2022〕13号', '371302', '2022-04-07', NULL, '001:1663'),
('HUAIYIN_STATE_CAPITAL', '槐荫区关于完善区级国有资本经营预算有关事项的通知', '槐政办字〔2022〕6号', '370104', '2022-10-25', NULL, '000:2820');

-- ===============================================================================================================
-- 张店区 headquarters (张政发〔2021〕18号), 2022-01-29 to 2027-01-28 (002:168)
-- ===============================================================================================================

-- 企业成长奖励, rankings (002:156). Open:
--   HQ_RANKING_LISTS_SAME_YEAR (EACH | HIGHEST): an enterprise first entering two lists in one year (e.g. 中国500强
--     and 山东100强) - each award, or only the highest? The sentence does not say.
--   HQ_RANKING_ENTITY (ENTERPRISE | MAIN_INVESTOR): "经认定的总部企业…首次入选" names the headquarters itself, but a
--     headquarters is usually recognised directly because its 主要投资方 is on such a list (002:196).
--   "首次" is read as the first entry ever known for that list: an entry before recognition or an earlier year's entry
--   (paid or not) exhausts it.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'GROWTH_RANKING', '2022-01-29', '2027-01-28',
 '{"lists": [{"list": "SHANDONG_100", "name": "山东100强", "amount": 1000000}, {"list": "KEY_SOFTWARE_ENTERPRISE", "name": "国家规划布局内重点软件企业", "amount": 2000000}, {"list": "CHINA_SOFTWARE_100", "name": "中国软件100强", "amount": 2000000}, {"list": "CHINA_500", "name": "中国500强", "amount": 3000000}, {"list": "WORLD_500", "name": "世界500强", "amount": 10000000}], "firstEntryOnly": true, "sameYearParameter": "HQ_RANKING_LISTS_SAME_YEAR", "entityParameter": "HQ_RANKING_ENTITY"}',
 '002:156', '首次入选“山东100强”“国家规划布局内重点软件企业”“中国软件100强”“中国500强”“世界500强”的，分别给予企业100万元、200万元、200万元、300万元、1000万元奖励');

-- 租房购房补助, the parts V5 left out (002:157, 002:165).
-- Government-owned premises: "根据合作协议可享受100%" - the agreement grants the rate, at most 100 %, in place of the
-- 50 % of OFFICE_RENT for the same premises (就高, 002:167; never both). Open: HQ_GOV_PREMISES_RENT_YEARS - whether the
-- 3 years of OFFICE_RENT also bound it where the agreement states no term (the 3 years are in the previous sentence).
-- Office purchase in five payments: the total is OFFICE_PURCHASE (V5); "分5年兑付" gives no split and the application
-- form (002:305-309) has no "第 年" for it, unlike 开办注资 (002:282). Open: HQ_OFFICE_PURCHASE_INSTALMENT_SHARES (five
-- shares adding to 1, first paid for the recognition year) and HQ_PAYMENTS_AFTER_EXPIRY (CONTINUE | STOP: instalments
-- falling after 2027-01-28, e.g. the fifth of an enterprise recognised in 2024).
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'OFFICE_RENT_GOVERNMENT_PREMISES', '2022-01-29', '2027-01-28',
 '{"maxRate": 1.0, "requiresAgreement": true, "insteadOf": "OFFICE_RENT", "yearsParameter": "HQ_GOV_PREMISES_RENT_YEARS"}',
 '002:157', '入驻政府自持资产的根据合作协议可享受100%租房补助'),
('ZHANGDIAN_HQ', 'OFFICE_PURCHASE_INSTALMENTS', '2022-01-29', '2027-01-28',
 '{"instalments": 5, "of": "OFFICE_PURCHASE", "from": "RECOGNITION", "sharesParameter": "HQ_OFFICE_PURCHASE_INSTALMENT_SHARES", "afterExpiryParameter": "HQ_PAYMENTS_AFTER_EXPIRY"}',
 '002:157', '自建或购置办公用房的，自认定之日起按照购房合同价格或建房核算成本的10%给予企业补助（最高不超过500万），专项用于支持企业发展，分5年兑付'),
('ZHANGDIAN_HQ', 'BUILD_PURCHASE_ONCE', '2022-01-29', '2027-01-28',
 '{"years": 5, "times": 1, "noTransactionYears": 5, "appliesTo": ["OFFICE_PURCHASE", "PERK_FIRST_HOME", "PERK_HOME_ADVANCE"]}',
 '002:165', '涉及企业和个人建设、置业政策5年内仅可享受一次，且承诺5年内不得进行交易');

-- 人才贡献奖励 (002:158): per recognised executive (EXECUTIVE_COUNT), for five years; under EXECUTIVE_CAP. "五年内" is
-- read like 002:155 "自认定之日起至5年内" (years 1-5 counted from the recognition year); HQ_TALENT_PERIOD_START
-- (RECOGNITION | EXECUTIVE_RECOGNITION) settles it if an executive is recognised later than the enterprise.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'TALENT_CONTRIBUTION', '2022-01-29', '2027-01-28',
 '{"years": 5, "rate": 1.0, "shareReductionRate": 0.9, "periodStartParameter": "HQ_TALENT_PERIOD_START"}',
 '002:158', '五年内其高级管理人员个人地方财政贡献按100%比例予以奖励，高管减持股份形成的个人地方财政贡献按90%比例予以奖励');

-- 产业配套奖励 (002:159): "超过" is strict (exactly 1亿 pays nothing). A project is paid at the one bracket it falls in,
-- not the sum of the brackets below: the three amounts are given "分别" for the three sizes, and one project is one
-- 事项 paid once (002:167).
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'INDUSTRY_SUPPORT', '2022-01-29', '2027-01-28',
 '{"tiers": [{"over": 100000000, "amount": 300000}, {"over": 500000000, "amount": 500000}, {"over": 1000000000, "amount": 1000000}], "highestTierOnly": true}',
 '002:159', '对其引进的总投资超过1亿元、5亿元、10亿元的产业链上下游关键配套项目，分别给予引进企业30万元、50万元、100万元的奖励');

-- 招商引荐奖励 (002:160, 002:167). The one-off is 2万, or 5万 instead of it for the named kinds of headquarters (就高,
-- never 7万). The continuing 1 % is of the introduced enterprise's local contribution less every reward and subsidy
-- it received for that year ("扣除奖补后区财政剩余财力", never below 0), each year while it exists; its paying beyond
-- 2027-01-28 is HQ_PAYMENTS_AFTER_EXPIRY. The introducer's reward is not the introduced enterprise's and is outside
-- that enterprise's ANNUAL_CAP.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'INTRODUCER_ONE_OFF', '2022-01-29', '2027-01-28',
 '{"amount": 20000}',
 '002:160', '对总部企业引荐单位或个人一次性给予2万元招商引资激励'),
('ZHANGDIAN_HQ', 'INTRODUCER_ONE_OFF_MAJOR', '2022-01-29', '2027-01-28',
 '{"amount": 50000, "groups": ["WORLD_500", "CHINA_500", "PRIVATE_500", "SH_SZ_MAIN_BOARD"], "hqKinds": ["PROVINCIAL_OR_ABOVE_REGIONAL", "FUNCTIONAL"], "insteadOf": "INTRODUCER_ONE_OFF"}',
 '002:160', '引荐世界500强、中国500强、民营500强、沪深主板上市企业省级以上区域总部、企业职能总部的给予引荐人一次性5万元招商引资奖励'),
('ZHANGDIAN_HQ', 'INTRODUCER_CONTINUING', '2022-01-29', '2027-01-28',
 '{"rate": 0.01, "base": "LOCAL_CONTRIBUTION_LESS_REWARDS", "while": "INTRODUCED_ENTERPRISE_EXISTS", "afterExpiryParameter": "HQ_PAYMENTS_AFTER_EXPIRY"}',
 '002:160', '引荐企业存续期间，按企业年度纳税所产生的地方实际财力贡献（即扣除奖补后区财政剩余财力）1%给予引荐人持续性奖励'),
('ZHANGDIAN_HQ', 'INTRODUCER_ONE_PER_PROJECT', '2022-01-29', '2027-01-28',
 '{"maxIntroducers": 1, "oncePerProjectDistrictWide": true}',
 '002:167', '总部项目招商引荐人不得超过1人，且就同一项目在全区范围内不得重复享受招商引荐奖励');

-- 就高、不重复，只享受一次 (002:167): for one project or matter that also qualifies under another policy paid from
-- 张店区's own budget, only the highest amount, once. Money from city, province or state budgets is not concerned.
-- Open: HQ_NO_DOUBLE_TOP_UP (TOP_UP | NONE) - where the lower amount was already paid under the other policy, whether
-- the difference is paid ("就高") or nothing more ("只享受一次").
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'HIGHEST_ONCE', '2022-01-29', '2027-01-28',
 '{"principle": "HIGHEST_ONCE", "scope": "DISTRICT_FUNDED", "topUpParameter": "HQ_NO_DOUBLE_TOP_UP"}',
 '002:167', '企业同一项目、同一事项，同时符合张店区级财政负担的其他政策的，按照就高、不重复，只享受一次的原则予以奖励');

-- 特色激励 (002:161), one row per perk. "认定标准" is the sector's tax threshold of recognition (THRESHOLD_<sector>,
-- 002:200-228, or the financial rows below). Open: HQ_TAX_STANDARD_WITHOUT_THRESHOLD (yuan) - the standard for an
-- enterprise recognised directly (002:195), by 一事一议 (002:232) or as a bank branch or legal-person financial
-- institution (002:213-214), which have no tax threshold; it serves PERK_HEALTH_CHECK and EXECUTIVE_COUNT.
-- Health checks have no maximum and count on the 税收贡献 of the threshold; school places count on 年纳税总额 (total
-- tax paid in the year): two inputs, which may hold the same figure. Open: HQ_ELDERLY_CARE_TAX_MEASURE
-- (CONTRIBUTION | TOTAL_TAX) - which of the two "纳税2000万以上" means. The first-home 5 % is under EXECUTIVE_CAP
-- and BUILD_PURCHASE_ONCE. Open: HQ_HOME_ADVANCE_CONDITIONS - the "特定条件" of the advance are not given.
-- The green channel, elderly care and school places are run under the departments' detailed rules (002:166).
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'PERK_HEALTH_CHECK', '2022-01-29', '2027-01-28',
 '{"greenChannel": true, "places": 1, "stepTax": 10000000, "placesPerStep": 1, "above": "RECOGNITION_TAX_STANDARD", "standardParameter": "HQ_TAX_STANDARD_WITHOUT_THRESHOLD"}',
 '002:161', '可享受全区范围内医疗机构企业家绿色通道服务并可享受免费查体名额一个，认定标准之上每增加1000万税收增加一个名额'),
('ZHANGDIAN_HQ', 'PERK_ELDERLY_CARE', '2022-01-29', '2027-01-28',
 '{"minTax": 20000000, "taxMeasureParameter": "HQ_ELDERLY_CARE_TAX_MEASURE"}',
 '002:161', '纳税2000万以上企业，高管人员父母养老可免费享受民政系统社会化购买服务相关内容'),
('ZHANGDIAN_HQ', 'PERK_SCHOOL_PLACES', '2022-01-29', '2027-01-28',
 '{"minAnnualTax": 30000000, "places": 1, "stepTax": 30000000, "placesPerStep": 1, "levels": ["KINDERGARTEN", "PRIMARY", "JUNIOR_SECONDARY", "SENIOR_SECONDARY"], "choose": 1}',
 '002:161', '年纳税总额3000万元以上的，除享受以上优惠政策外，给予区划范围内公办幼儿园、小学、初中、高中学位一个（任选其一），每新增3000万元增加一个名额'),
('ZHANGDIAN_HQ', 'PERK_FIRST_HOME', '2022-01-29', '2027-01-28',
 '{"rate": 0.05, "firstPurchaseInCity": true}',
 '002:161', '企业高管个人市内首次购房的，按实际成交价的5%给予补助'),
('ZHANGDIAN_HQ', 'PERK_HOME_ADVANCE', '2022-01-29', '2027-01-28',
 '{"years": 5, "repayShortfall": true, "conditionsParameter": "HQ_HOME_ADVANCE_CONDITIONS"}',
 '002:161', '符合特定条件的，可一次性申请5年内个人地方财政贡献用于购房，5年后个人地方经济贡献未完成承诺的，由高管个人一次性补足承诺金额'),
('ZHANGDIAN_HQ', 'PERK_SERVICES', '2022-01-29', '2027-01-28',
 '{"services": ["RAILWAY_STATION_VIP", "VENUES_AND_EVENTS_FREE_ENTRY", "BUSINESS_VENUE_VIP"]}',
 '002:161', '企业高管人员可享受市内火车站贵宾通道；区内文化休闲体育场馆、大型赛事免费入场服务；市内高端商务场所VIP等尊享服务'),
('ZHANGDIAN_HQ', 'PERK_DETAIL_RULES', '2022-01-29', '2027-01-28',
 '{"greenChannel": "区卫健局", "elderlyCare": "区民政局", "schoolPlaces": "区教体局"}',
 '002:166', '总部企业扶持措施中提到的就医绿色通道、养老服务、公办学校学位分别由区卫健局、区民政局、区教体局负责细则的制定和执行');

-- 附则 (002:163-165). Executive count: 3 + 1 for each full 1000万 of tax above the standard, at most 5 (so 4000万 for a
-- 3000万 standard gives 4, 3999.99万 gives 3); the standard as for the perks (HQ_TAX_STANDARD_WITHOUT_THRESHOLD).
-- Executive cap: open HQ_EXECUTIVE_CAP_PERIOD (YEAR | POLICY_TERM) - "个人地方财政贡献总额" of the year or of the five
-- years. ANNUAL_CAP (V5) is the enterprise half of 002:164 and stays as it is; its open points are parameters only
-- (no row): HQ_ANNUAL_CAP_EXEMPT_RULES (which rewards are "有特殊规定的" and outside the cap; none unless set) and
-- HQ_ANNUAL_CAP_CARRY_FORWARD (NONE | CARRY: whether an amount cut by the cap is lost or paid in a later year).
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'APPLICABILITY', '2022-01-29', '2027-01-28',
 '{"registrationTaxStatisticsIn": "370303", "independentLegalPerson": true, "commitmentYears": 5, "commitments": ["STAY_IN_DISTRICT", "NO_CAPITAL_REDUCTION", "CONTINUOUS_TAX"]}',
 '002:163', '本政策适用于注册地、税务关系、统计关系均在张店区范围内，有健全的财务制度、具有独立法人资格，且承诺自享受奖励政策起5年内不搬离张店、不减少注册资本且在张店连续纳税的企业或机构'),
('ZHANGDIAN_HQ', 'EXECUTIVE_CAP', '2022-01-29', '2027-01-28',
 '{"capBy": "PERSONAL_LOCAL_CONTRIBUTION", "periodParameter": "HQ_EXECUTIVE_CAP_PERIOD"}',
 '002:164', '企业高管所享受补助金额原则上不高于个人地方财政贡献总额'),
('ZHANGDIAN_HQ', 'AWARD_TAX_BORNE_BY_RECIPIENT', '2022-01-29', '2027-01-28',
 '{"grossAmounts": true}',
 '002:164', '获得奖励的涉税支出由受奖企业或个人承担'),
('ZHANGDIAN_HQ', 'EXECUTIVE_COUNT', '2022-01-29', '2027-01-28',
 '{"base": 3, "stepTax": 10000000, "perStep": 1, "max": 5, "above": "RECOGNITION_TAX_STANDARD", "standardParameter": "HQ_TAX_STANDARD_WITHOUT_THRESHOLD"}',
 '002:165', '企业高管认定原则上不超过3人，纳税每超出认定标准1000万可相应增加1名高管，最高不超过5人');

-- 认定细则: the headquarters level of basic condition 2 (V5's BASIC_NETWORK holds the first half of 002:194), financial
-- headquarters (002:212-215, recognised on licence and branch level; where a tax figure is given it is the previous
-- year's 税收贡献, "以上" inclusive), and 一事一议 (002:232, an officer's decision, no numbers). The "市级以上（含市级）"
-- of 002:215 is read as belonging to the securities and futures branches only, not to insurance intermediaries and
-- local financial organisations.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'BASIC_HQ_LEVEL', '2022-01-29', '2027-01-28',
 '{"levels": ["HEADQUARTERS", "PROVINCIAL_OR_ABOVE_REGIONAL", "NATIONAL_FUNCTIONAL"], "financeMinLevel": "CITY", "functionalKinds": ["OPERATIONS", "SALES", "DESIGN", "RESEARCH", "FINANCIAL_INVESTMENT"]}',
 '002:194', '并在我区设立了总部、省级以上区域总部或全国职能总部（金融及类金融类总部可放宽至市级以上；职能总部指运营、销售、设计、研发、金融投资等总部）'),
('ZHANGDIAN_HQ', 'THRESHOLD_FINANCE_LEGAL_ENTITY', '2022-01-29', '2027-01-28',
 '{"approvedByNationalRegulator": true, "kinds": ["LEGAL_PERSON_INSTITUTION", "FUNCTIONAL_HQ", "OPERATIONS_HQ", "BACK_OFFICE_CENTRE"]}',
 '002:213', '经国家金融监管部门批准设立的法人金融机构以及法人金融机构的职能总部、运营总部、后台服务中心'),
('ZHANGDIAN_HQ', 'THRESHOLD_FINANCE_BANK_BRANCH', '2022-01-29', '2027-01-28',
 '{"minLevel": "CITY"}',
 '002:214', '银行市级以上（含市级）分行'),
('ZHANGDIAN_HQ', 'THRESHOLD_FINANCE_INSURANCE_BRANCH', '2022-01-29', '2027-01-28',
 '{"minLevel": "CITY", "tax": 8000000}',
 '002:214', '上年度企业税收贡献800万元以上的保险公司市级以上（含市级）分公司'),
('ZHANGDIAN_HQ', 'THRESHOLD_FINANCE_SECURITIES_FUTURES_BRANCH', '2022-01-29', '2027-01-28',
 '{"minLevel": "CITY", "tax": 5000000}',
 '002:215', '上年度企业税收贡献500万元以上的证券、期货市级以上（含市级）分公司'),
('ZHANGDIAN_HQ', 'THRESHOLD_FINANCE_INSURANCE_INTERMEDIARY', '2022-01-29', '2027-01-28',
 '{"tax": 5000000}',
 '002:215', '上年度企业税收贡献500万元以上的…保险中介机构'),
('ZHANGDIAN_HQ', 'THRESHOLD_FINANCE_LOCAL_ORGANISATION', '2022-01-29', '2027-01-28',
 '{"tax": 5000000, "localLicenceRequired": true}',
 '002:215', '上年度企业税收贡献500万元以上的…取得地方金融监管部门核发业务许可证的地方金融组织'),
('ZHANGDIAN_HQ', 'SPECIAL_CASE', '2022-01-29', '2027-01-28',
 '{"decision": "CASE_BY_CASE"}',
 '002:232', '在总部企业认定上可以“一事一议”');

-- 申报及审核流程 (002:234-247). "于4月份前" and "原则上于7月份前" are read literally: before April (by 03-31, the same
-- day the enterprises' first quarter ends) and before July (by 06-30). Open: HQ_STREET_FORWARD_DUE and
-- HQ_RECOGNITION_DECISION_DUE (month-day) if the district means 4月底/7月底. The 10 working days run on the official
-- calendar from the day after the file reaches the department. The notice is 7 calendar days ("天"), counted from the
-- day after it is posted (民法典第二百零一条; PUBLIC_NOTICE_FIRST_DAY_COUNTED if the district counts the posting day);
-- an objection during it holds the enterprise's approval and payment; payment only after it ends without objection.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'PROCESS_ANNUAL_CYCLE', '2022-01-29', '2027-01-28',
 '{"timesPerYear": 1, "applicationQuarter": 1, "streetForwardBeforeMonth": 4, "decisionBeforeMonth": 7, "decides": "PREVIOUS_YEAR", "streetDueParameter": "HQ_STREET_FORWARD_DUE", "decisionDueParameter": "HQ_RECOGNITION_DECISION_DUE"}',
 '002:234', '每年进行一次评审认定。申请总部认定的企业应于每年第1季度向所在镇办报送申报材料，镇办汇总梳理后于4月份前报送区服务业发展中心，区服务业发展中心原则上于7月份前确定上年度总部企业'),
('ZHANGDIAN_HQ', 'PROCESS_MATERIALS', '2022-01-29', '2027-01-28',
 '{"items": ["APPLICATION_FORM", "BUSINESS_LICENCE_AND_TAX_REGISTRATION", "CAPITAL_VERIFICATION_AND_ANNUAL_REPORT", "TAX_CERTIFICATE_AND_REVENUE_PROOF", "INVESTOR_CONTROLLED_ENTERPRISES", "LEGAL_REPRESENTATIVE_STATEMENT", "DIRECT_RECOGNITION_PROOF_IF_ANY"], "originals": ["APPLICATION_FORM", "LEGAL_REPRESENTATIVE_STATEMENT"]}',
 '002:235', '申请总部认定的企业，需向注册地所在辖区镇、街道提交以下材料'),
('ZHANGDIAN_HQ', 'PROCESS_DEPARTMENT_REVIEW', '2022-01-29', '2027-01-28',
 '{"workingDays": 10}',
 '002:245', '有关部门应对企业申报的材料在10个工作日内提出审核意见'),
('ZHANGDIAN_HQ', 'PROCESS_PUBLIC_NOTICE', '2022-01-29', '2027-01-28',
 '{"days": 7, "dayKind": "CALENDAR", "where": "GOVERNMENT_WEBSITE", "passesWithoutObjection": true, "firstDayParameter": "PUBLIC_NOTICE_FIRST_DAY_COUNTED"}',
 '002:246', '经复审准予认定通过的企业名单，在政务网站公示7天。公示无异议的，准予通过'),
('ZHANGDIAN_HQ', 'PROCESS_PAYMENT', '2022-01-29', '2027-01-28',
 '{"after": "PROCESS_PUBLIC_NOTICE", "payer": "区财政局"}',
 '002:247', '公示通过后，由区财政局安排资金及时拨付兑现到企业账户');

-- 监督管理 (002:250-253). The document stops benefits; it sets no repayment except by the 财政违法行为处罚处分条例
-- for fraud. Fraud: 5 years counted from the day after the fraud is established. Capital reduction, no longer
-- eligible: nothing for any period after the reduction date; open HQ_STOP_PART_YEAR (PRO_RATA_DAYS | YEAR_LOST |
-- YEAR_KEPT) for the yearly rewards of the year it happens in. Still eligible: open
-- HQ_CAPITAL_REDUCTION_RECALCULATION (REMAINING_SHARES_OF_NEW | NEW_LESS_PAID: how "重新核算" treats instalments
-- already paid, a choice between the two readings rather than free text, so that the calculation can apply it; e.g. of CAPITAL_INJECTION on the
-- reduced capital). Restructuring: 10 working days from the day after the formalities.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('ZHANGDIAN_HQ', 'CLAWBACK_FRAUD', '2022-01-29', '2027-01-28',
 '{"recognised": false, "banYears": 5}',
 '002:250', '认定企业弄虚作假，采取欺骗手段的，经查证属实，不予认定，五年内不得再申请总部企业认定'),
('ZHANGDIAN_HQ', 'CLAWBACK_CAPITAL_REDUCTION', '2022-01-29', '2027-01-28',
 '{"mustReport": true, "notEligible": "STOP_FROM_REDUCTION_DATE", "stillEligible": "RECALCULATE", "partYearParameter": "HQ_STOP_PART_YEAR", "recalculationParameter": "HQ_CAPITAL_REDUCTION_RECALCULATION"}',
 '002:251', '经认定的总部企业在享受鼓励政策期间有减资行为的，须及时向属地镇、街道申报，并进行重新评估。不再符合条件的，取消总部企业资格，自减资之日停止享受相关政策；依然符合条件的，重新核算享受政策额度'),
('ZHANGDIAN_HQ', 'CLAWBACK_RESTRUCTURE', '2022-01-29', '2027-01-28',
 '{"reportWorkingDays": 10, "keepsOriginalTerm": true, "noNewRecognition": true}',
 '002:252', '经认定的总部企业发生更名、重组等重大调整的，应在办理相关手续后10个工作日内将相关情况报送属地镇、街道…不得更名、重组后重新认定为新的总部，重新享受政策期限'),
('ZHANGDIAN_HQ', 'CLAWBACK_ANNUAL_REVIEW', '2022-01-29', '2027-01-28',
 '{"annual": true, "disqualifiedIf": ["REVIEW_FAILED", "PREVIOUS_YEAR_TAX_OR_MAJOR_VIOLATION_PENALISED"]}',
 '002:253', '经复核不合格的，或上年度因涉税及其他重大违法行为受到行政或刑事处罚的，取消其总部企业资格，停止享受相关鼓励政策');

-- ===============================================================================================================
-- 兰山区 expropriation (临兰政发〔2022〕1号), 2022-04-01 to 2026-07-31 (001:376): non-residential items, swap and
-- selection, special houses, and the procedural timeline. V6 holds the residential payments.
-- ===============================================================================================================

-- Value and choice (001:212, 001:214, 001:262). Non-residential: the assessed unit price, never below the market
-- price of similar property in the location on the day the decision is announced.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_EXPROPRIATION', 'NON_RESIDENTIAL_VALUE', '2022-04-01', '2026-07-31',
 '{"minShareOfSimilarMarket": 1.0, "priceDate": "DECISION_ANNOUNCEMENT"}',
 '001:212', '对被征收非住宅房屋价值的补偿，不得低于房屋征收决定公告之日被征收房屋所处区位类似房地产市场价格'),
('LANSHAN_EXPROPRIATION', 'COMPENSATION_CHOICE', '2022-04-01', '2026-07-31',
 '{"choices": ["CASH", "SWAP"], "nonResidentialWithoutSwapConditions": "CASH", "except": "PUBLIC_RENTAL_SWAP"}',
 '001:214', '被征收人可以选择货币补偿，也可以选择房屋产权调换。对不具备产权调换条件的非住宅房屋应当实行货币补偿'),
('LANSHAN_EXPROPRIATION', 'PUBLIC_SERVICE_FACILITY', '2022-04-01', '2026-07-31',
 '{"kinds": ["FUEL_STATION", "GAS_STATION", "CHARGING_STATION"], "choices": ["CASH", "SWAP"], "swapNeedsConditions": true}',
 '001:262', '对于正常经营的加油站、加气站、充电站等具有公共服务功能的商业设施的征收，征收补偿的方式可以实行货币补偿，也可以实行产权调换，被征收人有权选择补偿方式');

-- Lawfulness (001:127, 001:131): only lawful building area is compensated (搬迁费 and 停产停业 fallback use it);
-- building or change of use after the scope is announced is not compensated (a 住改非 begun then is not one).
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_EXPROPRIATION', 'LEGALITY', '2022-04-01', '2026-07-31',
 '{"lawful": "COMPENSATED", "temporaryUnexpired": "APPROPRIATE", "illegal": "NONE"}',
 '001:131', '对认定为合法建筑的给予补偿；对未超过批准期限的临时建筑给予适当补偿；对认定为违法建筑的，不予补偿'),
('LANSHAN_EXPROPRIATION', 'NO_COMPENSATION_AFTER_SCOPE', '2022-04-01', '2026-07-31',
 '{"from": "SCOPE_ANNOUNCED", "acts": ["NEW_BUILDING", "EXTENSION", "ALTERATION", "CHANGE_OF_USE"]}',
 '001:127', '房屋征收范围确定并公布后，不得在房屋征收范围内实施新建、扩建、改建房屋和改变房屋用途等不当增加补偿费用的行为；违反规定实施的，不予补偿'),
('LANSHAN_EXPROPRIATION', 'TRANSITIONAL', '2022-04-01', '2026-07-31',
 '{"decidedBefore": "2022-04-01", "policy": "PREVIOUS"}',
 '001:378', '在本办法颁布实施前已作出征收决定的项目，执行原有政策');

-- Swap settlement (001:226), house selection (001:173-177). Settlement per component: a shortfall is refunded at
-- the cash compensation price, excess 套内 area paid by the owner at market price, excess 公摊 area at construction
-- cost without land. Open: EXPROPRIATION_SWAP_SHORTFALL_BASIS (COMPONENT | TOTAL) when one component exceeds and
-- the other falls short. Selection: the remainder after the swap compared with half the smallest new unit of the
-- area, half included. At or above: cash, or one more smallest unit with the area beyond the remainder at market
-- price, while smallest units last. Below: no placement, the remainder at the market price of new ordinary housing.
-- Open: EXPROPRIATION_REMAINDER_CASH_PRICE (CASH_COMPENSATION | NEW_HOUSING_MARKET) - the price of "可以选择货币补偿"
-- at or above half (only the below-half case names a price); EXPROPRIATION_MIDDLE_FLOOR (LOW | HIGH) - on which side
-- of the divide the middle floor itself lies when several units are chosen (001:177); EXPROPRIATION_MINIMUM_AREA_EXCESS
-- (FREE | SETTLED) - whether the area a 45/47 m² placement (MINIMUM_AREA, V6) gives beyond the expropriated area is
-- settled under SWAP_SETTLEMENT or granted.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_EXPROPRIATION', 'SWAP_SETTLEMENT', '2022-04-01', '2026-07-31',
 '{"shortfall": "CASH_COMPENSATION_PRICE", "excessInnerArea": "MARKET_PRICE", "excessSharedArea": "CONSTRUCTION_COST_WITHOUT_LAND", "mixedParameter": "EXPROPRIATION_SWAP_SHORTFALL_BASIS", "minimumAreaParameter": "EXPROPRIATION_MINIMUM_AREA_EXCESS"}',
 '001:226', '被征收人选择产权调换后，安置不足部分，按货币补偿价格找回差价；安置房屋套内面积超出被征收房屋套内面积部分，由被征收人按市场价格结算；安置房屋公摊面积超出被征收房屋公摊面积部分，执行不含地价的建设成本价'),
('LANSHAN_EXPROPRIATION', 'HOUSE_SELECTION', '2022-04-01', '2026-07-31',
 '{"thresholdShareOfSmallestUnit": 0.5, "inclusive": true, "atOrAbove": ["CASH", "ONE_MORE_SMALLEST_UNIT"], "extraUnitExcess": "MARKET_PRICE", "whileSmallestUnitsLast": true, "below": "CASH_AT_NEW_HOUSING_MARKET_PRICE", "cashPriceParameter": "EXPROPRIATION_REMAINDER_CASH_PRICE"}',
 '001:173', '被征收房屋建筑面积较大的选择产权调换后（一套或多套）剩余建筑面积达到片区新建安置房屋最小户型建筑面积一半（含）以上的，可以选择货币补偿，也可以再选一套最小户型的住房，超出安置面积的部分按市场价计算，最小户型选完为止；剩余面积小于片区新建安置房屋最小户型建筑面积一半的，不再予以安置，剩余面积按被征收房屋所属区域新建普通商品住房市场价给予补偿'),
('LANSHAN_EXPROPRIATION', 'SELECTION_ORDER', '2022-04-01', '2026-07-31',
 '{"orders": ["SIGNING_SEQUENCE", "KEY_HANDOVER_SEQUENCE", "AREA_LOTTERY"]}',
 '001:175', '按照协议签订顺序号（房屋腾空交钥匙顺序号）自行选房，或者按片区抽取的选房号选房'),
('LANSHAN_EXPROPRIATION', 'SELECTION_FLOOR_MIX', '2022-04-01', '2026-07-31',
 '{"divide": "MIDDLE_FLOOR", "mix": ["HIGH", "LOW"], "middleFloorParameter": "EXPROPRIATION_MIDDLE_FLOOR"}',
 '001:177', '被征收户选取多套安置楼房时，以安置楼房的中间楼层为高低区间的分界线，按照高低区间搭配的原则进行选房');

-- Special houses (001:228, 001:232, 001:234, 001:238, 001:286-288). The 45 m² beneficiaries are posted; the length
-- is not given: EXPROPRIATION_NOTICE_DAYS (also for the survey results, 001:135). Empty courtyard: 容积率 = the
-- compensable building area over the lawful land area, compared exactly (1.0 included: nothing); below 1.0 the
-- land area less the compensable building area at the assessed market price. Open: EXPROPRIATION_COURTYARD_FAR_AREA
-- (COMPENSABLE | ALL_BUILT) if unlawful buildings stand on the plot, and EXPROPRIATION_COURTYARD_REBUILD_AREA (m² of
-- building per m² of remaining land) for the rebuilding alternative.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_EXPROPRIATION', 'MINIMUM_AREA_NOTICE', '2022-04-01', '2026-07-31',
 '{"of": "MINIMUM_AREA", "durationParameter": "EXPROPRIATION_NOTICE_DAYS"}',
 '001:228', '房屋征收实施单位应当将符合该项保障政策的被征收人在房屋征收范围内公示'),
('LANSHAN_EXPROPRIATION', 'PUBLIC_RENTAL_SWAP', '2022-04-01', '2026-07-31',
 '{"kinds": ["PUBLIC_RENTAL", "DIRECTLY_MANAGED_PUBLIC", "UNIT_MANAGED_PUBLIC"], "compensation": "SWAP", "tenantKeepsLease": true}',
 '001:232', '被征收房屋属于公共租赁住房、公房管理部门直管住宅公房或者单位自管住宅公房的，在租赁关系存续期间，被征收人未与承租人达成解除租赁协议但符合房屋承租规定的，区人民政府应当对被征收人实行房屋产权调换'),
('LANSHAN_EXPROPRIATION', 'HOUSING_SECURITY_DIRECT', '2022-04-01', '2026-07-31',
 '{"allocation": "DIRECT", "queue": false}',
 '001:234', '被征收人符合住房保障条件的，应当直接配租配售保障性住房，不再轮候'),
('LANSHAN_EXPROPRIATION', 'EMPTY_COURTYARD', '2022-04-01', '2026-07-31',
 '{"noCompensationFromPlotRatio": 1.0, "inclusive": true, "compensatedArea": "LAND_LESS_COMPENSABLE_BUILDING", "price": "ASSESSED_MARKET", "alternative": "REBUILD_AT_CONSTRUCTION_COST", "plotRatioAreaParameter": "EXPROPRIATION_COURTYARD_FAR_AREA", "rebuildParameter": "EXPROPRIATION_COURTYARD_REBUILD_AREA"}',
 '001:238', '依法取得土地使用权的空置院落补偿，按房屋建筑的容积率计算，容积率 1.0（含）以上的，不予补偿；不足 1.0 的，用地面积减去应补偿房屋建筑面积部分，按市场评估价格给予货币补偿或补足建安成本价予以还建安置'),
('LANSHAN_EXPROPRIATION', 'ANCILLARY_ROOMS', '2022-04-01', '2026-07-31',
 '{"kinds": ["AUXILIARY_ROOM", "STORAGE_ROOM", "GARAGE"], "compensation": "ASSESSED_CASH", "alternative": "PAY_DIFFERENCE_REBUILD_AS_MAIN"}',
 '001:286', '配房、储藏室、车库的补偿实行货币补偿,货币补偿的标准由评估机构评估确定。也可补足与被征收主房补偿价格的差价,按主房予以还建'),
('LANSHAN_EXPROPRIATION', 'PLACEMENT_PARKING_STORAGE', '2022-04-01', '2026-07-31',
 '{"sale": "MARKET", "voluntary": true}',
 '001:288', '还建安置房配建的车位、储藏室,按市场化方式运作,由被征收人自愿购置');

-- 搬迁费 for non-residential (001:242): 10 per m² of LAWFUL building area, plus the assessed cost of moving special
-- equipment. (V6's RELOCATION is the residential 2000 per 套.)
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_EXPROPRIATION', 'RELOCATION_NON_RESIDENTIAL', '2022-04-01', '2026-07-31',
 '{"perSquareMetre": 10, "area": "LAWFUL_BUILDING_AREA", "specialEquipment": "ASSESSED"}',
 '001:242', '征收非住宅的，搬迁费按合法建筑面积计算，补助标准为 10 元/平方米。特殊设备的搬迁费用，由依法选定的评估机构评估确定');

-- 停产停业损失 (001:258-264): non-residential only; once, 3 months. Standard: the average yearly 效益 of the three
-- years before the expropriation, so 3 months = (sum of the three years) / 12, rounded once to the fen. Where 效益
-- cannot be established: 100 per m². Nothing where the business had in fact stopped, or the use was changed without
-- permission. Open:
--   EXPROPRIATION_BUSINESS_LOSS_FALLBACK_PERIOD (PER_MONTH | TOTAL): 100/m² for each of the 3 months, or once;
--   EXPROPRIATION_BUSINESS_LOSS_FALLBACK_AREA (LAWFUL_BUILDING_AREA | BUSINESS_AREA): which area it is paid on;
--   EXPROPRIATION_BUSINESS_LOSS_SHORT_HISTORY (FALLBACK | AVERAGE_AVAILABLE): fewer than three years of accounts;
--   EXPROPRIATION_BUSINESS_LOSS_NEGATIVE (ZERO | FALLBACK): an average that is a loss;
--   EXPROPRIATION_ZHUGAIFEI_BUSINESS_LOSS (PAY | NONE): whether a recognised 住改非 house (a residence used for business
--     with registration, 001:278) is a "擅自改变房屋用途" of 001:264.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_EXPROPRIATION', 'BUSINESS_LOSS', '2022-04-01', '2026-07-31',
 '{"months": 3, "basis": "AVERAGE_OF_THREE_PRIOR_YEARS", "fallbackPerSquareMetre": 100, "fallbackPeriodParameter": "EXPROPRIATION_BUSINESS_LOSS_FALLBACK_PERIOD", "fallbackAreaParameter": "EXPROPRIATION_BUSINESS_LOSS_FALLBACK_AREA", "shortHistoryParameter": "EXPROPRIATION_BUSINESS_LOSS_SHORT_HISTORY", "negativeParameter": "EXPROPRIATION_BUSINESS_LOSS_NEGATIVE", "residentialToBusinessParameter": "EXPROPRIATION_ZHUGAIFEI_BUSINESS_LOSS"}',
 '001:258', '因征收非住宅房屋给被征收人造成停产停业损失的，房屋征收部门向被征收人一次性支付 3 个月的停产停业损失补偿费。停产停业损失补偿费的补偿标准按企业被征收前三年效益的平均数确定。无法认定效益的按 100 元/平方米执行'),
('LANSHAN_EXPROPRIATION', 'BUSINESS_LOSS_ALREADY_STOPPED', '2022-04-01', '2026-07-31',
 '{"amount": 0}',
 '001:260', '事实已停业、停产的，不发放停产停业损失补偿费'),
('LANSHAN_EXPROPRIATION', 'BUSINESS_LOSS_UNAUTHORISED_USE', '2022-04-01', '2026-07-31',
 '{"amount": 0}',
 '001:264', '擅自改变房屋用途，从事生产经营活动的，不支付停产停业损失补偿费');

-- 营业用房 and 住改非 (001:266-280). The three conditions, one row each; all three: valued as business premises,
-- cash only. Certificate says 住宅 with conditions 1 and 2 and at least one year of operation (leased: one year of
-- taxes paid), up to the announcement of the decision and begun before the scope was announced (001:127): 住改非,
-- the residential assessed price raised by 40 % along planned city roads, 30 % elsewhere. Open:
--   EXPROPRIATION_ZHUGAIFEI_BASE (WHOLE_HOUSE | BUSINESS_PART): the area the uplift applies to;
--   EXPROPRIATION_ZHUGAIFEI_PRICE (ASSESSED | AFTER_FLOOR): the assessed price, or the price after the 90 % floor of
--     MINIMUM_PRICE when the assessment is below it.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_EXPROPRIATION', 'BUSINESS_PREMISES_REGISTRATION', '2022-04-01', '2026-07-31',
 '{"condition": 1, "requires": ["BUSINESS_REGISTRATION", "TAX_REGISTRATION", "REGULAR_TAX_RECORD"]}',
 '001:268', '有工商登记、税务登记（三证合一按照社会统一信用登记）并有正常纳税记录'),
('LANSHAN_EXPROPRIATION', 'BUSINESS_PREMISES_ADDRESS', '2022-04-01', '2026-07-31',
 '{"condition": 2, "sameAddressAndTime": ["PROPERTY_CERTIFICATE", "BUSINESS_REGISTRATION", "TAX_REGISTRATION"]}',
 '001:270', '房屋所有权证、工商登记和税务登记（或社会统一信用代码证)注明的营业地点、时间一致'),
('LANSHAN_EXPROPRIATION', 'BUSINESS_PREMISES_USE', '2022-04-01', '2026-07-31',
 '{"condition": 3, "certificateUse": "营业"}',
 '001:274', '持有的房屋所有权证用途栏内标明“营业”字样'),
('LANSHAN_EXPROPRIATION', 'BUSINESS_PREMISES', '2022-04-01', '2026-07-31',
 '{"allOf": ["BUSINESS_PREMISES_REGISTRATION", "BUSINESS_PREMISES_ADDRESS", "BUSINESS_PREMISES_USE"], "valuedAs": "BUSINESS_PREMISES", "compensation": "CASH"}',
 '001:276', '被征收房屋同时具备以上三个条件的,其房屋按照营业用房进行评估,给予货币补偿。不同时具备以上3个条件的,不能认定为营业用房'),
('LANSHAN_EXPROPRIATION', 'RESIDENTIAL_TO_BUSINESS', '2022-04-01', '2026-07-31',
 '{"certificateUse": "住宅", "allOf": ["BUSINESS_PREMISES_REGISTRATION", "BUSINESS_PREMISES_ADDRESS"], "minOperatingYears": 1, "leasedMinTaxYears": 1, "until": "DECISION_ANNOUNCEMENT"}',
 '001:278', '房屋所有权证用途栏为“住宅”,具备前两个条件且持续经营1年以上的(租赁经营的缴纳相关税费1年以上),可认定“住改非”房屋'),
('LANSHAN_EXPROPRIATION', 'RESIDENTIAL_TO_BUSINESS_UPLIFT', '2022-04-01', '2026-07-31',
 '{"alongPlannedRoad": 0.4, "other": 0.3, "on": "RESIDENTIAL_ASSESSED_PRICE", "areaParameter": "EXPROPRIATION_ZHUGAIFEI_BASE", "priceParameter": "EXPROPRIATION_ZHUGAIFEI_PRICE"}',
 '001:280', '沿城市规划道路两侧的“住改非”房屋在住宅房屋评估价格的基础上增加40%的补偿款;其它“住改非”房屋在住宅房屋评估价格的基础上增加30%的补偿款');

-- The procedure as a timeline (001:129-328, 001:187). "日" are calendar days, counted from the day after the
-- triggering event (民法典第二百零一条). "不得少于" periods give the earliest end; "内" periods give the last day. Open:
-- EXPROPRIATION_DAYS_EXTEND_PAST_HOLIDAY (true | false) - whether a "内" period ending on a rest day or holiday runs to
-- the next working day (民法典第二百零三条, 行政复议法/行政诉讼法 practice); the measure does not say.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_EXPROPRIATION', 'TIMELINE_PERMIT_SUSPENSION', '2022-04-01', '2026-07-31',
 '{"maxYears": 1, "from": "SCOPE_ANNOUNCED_NOTICE"}',
 '001:129', '暂停办理期限最长不超过1年'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_SURVEY_NOTICE', '2022-04-01', '2026-07-31',
 '{"durationParameter": "EXPROPRIATION_NOTICE_DAYS"}',
 '001:135', '房屋征收部门应当将房屋调查登记、认定和处理结果在房屋征收范围内公示'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_PLAN_POSTING', '2022-04-01', '2026-07-31',
 '{"minDays": 30, "from": "PLAN_POSTED"}',
 '001:149', '公示期限不得少于 30 日'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_HEARING', '2022-04-01', '2026-07-31',
 '{"objectingShareAbove": 0.5, "appliesTo": "OLD_DISTRICT_RENEWAL"}',
 '001:151', '因旧城区改建需要征收房屋的，超过半数的被征收人认为征收补偿方案不符合国家、省、市有关规定的，区人民政府应当组织由被征收人代表和公众代表参加的听证会'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_EXECUTIVE_MEETING', '2022-04-01', '2026-07-31',
 '{"minHouseholds": 500, "minArea": 50000}',
 '001:159', '房屋征收决定涉及 500 户以上或征收面积 5 万平方米以上及征收区域情况特殊的应当提交区人民政府常务会议讨论'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_DECISION_ANNOUNCEMENT', '2022-04-01', '2026-07-31',
 '{"days": 3, "from": "DECISION", "holidayParameter": "EXPROPRIATION_DAYS_EXTEND_PAST_HOLIDAY"}',
 '001:163', '区人民政府应当自作出房屋征收决定之日起 3 日内在房屋征收范围内发布公告'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_VALUER_CHOICE', '2022-04-01', '2026-07-31',
 '{"days": 10, "from": "VALUER_SELECTION_PUBLISHED", "signaturesAbove": 0.5}',
 '001:298', '被征收人协商选定房地产价格评估机构的期限为10日。超过半数的被征收人签字认可的房地产价格评估机构,视为协商选定'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_VALUATION_POSTING', '2022-04-01', '2026-07-31',
 '{"minDays": 5, "from": "PRELIMINARY_VALUATIONS_POSTED"}',
 '001:318', '房屋征收部门应当将分户初步评估结果在房屋征收范围内向被征收人公示。公示期限不得少于 5 日'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_REVIEW', '2022-04-01', '2026-07-31',
 '{"requestDays": 10, "requestFrom": "REPORT_RECEIVED", "answerDays": 10, "answerFrom": "REQUEST_RECEIVED", "holidayParameter": "EXPROPRIATION_DAYS_EXTEND_PAST_HOLIDAY"}',
 '001:326', '应当自收到评估报告之日起 10 日内，向房地产价格评估机构书面申请复核。房地产价格评估机构应当自收到复核申请之日起 10 日内进行复核'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_APPRAISAL', '2022-04-01', '2026-07-31',
 '{"requestDays": 10, "requestFrom": "REVIEW_RESULT_RECEIVED", "answerDays": 10, "answerFrom": "REQUEST_RECEIVED", "holidayParameter": "EXPROPRIATION_DAYS_EXTEND_PAST_HOLIDAY"}',
 '001:328', '对复核结果有异议的，应当自收到复核结果之日起 10 日内向市房地产价格评估专家委员会申请鉴定。房地产价格评估专家委员会应当自收到鉴定申请之日起 10 日内对评估报告进行审核'),
('LANSHAN_EXPROPRIATION', 'TIMELINE_ENFORCEMENT', '2022-04-01', '2026-07-31',
 '{"afterReminderDays": 10, "applyWithinMonths": 3, "monthsFrom": "STATUTORY_SUIT_PERIOD_EXPIRED"}',
 '001:187', '催告书送达 10 日后当事人仍未履行搬迁义务的，可以自被征收人的法定起诉期限届满之日起 3 个月内，依法向被征收房屋所在地人民法院申请强制执行');

-- ===============================================================================================================
-- 兰山区 政企直通车 (临兰政办字〔2022〕20号, 001:1822-1972)
-- ===============================================================================================================
-- Deadlines in working days on the official calendar, counted from the day after the policy's publication (公布).
-- National and provincial policies are uploaded by the CITY department concerned (outside the district: the district
-- records them, the city's department owes them). Open: DIRECT_DELIVERY_DECOMPOSITION_FROM (PUBLICATION | UPLOAD) -
-- "在10个工作日内" does not say from what. Metrics: the document makes the four rates the subjects of enterprises'
-- star ratings and does not define them. Read as: 规模兑付率 = items paid / items approved, 金额兑付率 = amount paid /
-- amount approved, 异议处理率 = objections closed / objections raised; open: DIRECT_DELIVERY_SUCCESS_RATE_BASE
-- (DECIDED | SUBMITTED) for 申领成功率 = approved / (decided or submitted). A rate with a zero denominator is null.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_DIRECT_DELIVERY', 'SCOPE', '2022-04-30', NULL,
 '{"publication": "PROACTIVELY_PUBLIC", "levels": ["NATIONAL", "PROVINCIAL", "CITY", "COUNTY"], "domains": ["INDUSTRY", "TAX_AND_FEES", "INVESTMENT", "SCIENCE_AND_TECHNOLOGY", "FINANCE", "SOCIAL_AND_MEDICAL_INSURANCE", "HOUSEHOLD_AND_TALENT", "EDUCATION_AND_MEDICAL"], "domainsOpen": true}',
 '001:1850', '各级出台的主动公开类惠企政策措施，包含但不限于产业发展、税费优惠、促进投资、科技创新、金融扶持、社保医保、户籍人才、教育就医等行业领域'),
('LANSHAN_DIRECT_DELIVERY', 'UPLOAD_NATIONAL_PROVINCIAL', '2022-04-30', NULL,
 '{"levels": ["NATIONAL", "PROVINCIAL"], "workingDays": 7, "from": "PUBLICATION", "responsible": "CITY_DEPARTMENT"}',
 '001:1858', '对国家和省级新出台的惠企政策，由对应的市级涉企服务部门在政策公布7个工作日内上传至“政企直通车”平台'),
('LANSHAN_DIRECT_DELIVERY', 'UPLOAD_CITY_COUNTY', '2022-04-30', NULL,
 '{"levels": ["CITY", "COUNTY"], "workingDays": 5, "from": "PUBLICATION", "responsible": "ISSUING_DEPARTMENT"}',
 '001:1858', '对市、县级新出台的惠企政策，分别由主导出台政策的部门在政策公布5个工作日内上传至“政企直通车”平台'),
('LANSHAN_DIRECT_DELIVERY', 'DECOMPOSITION', '2022-04-30', NULL,
 '{"workingDays": 10, "fromParameter": "DIRECT_DELIVERY_DECOMPOSITION_FROM", "fields": [{"field": "name", "label": "事项名称"}, {"field": "basis", "label": "事项依据"}, {"field": "content", "label": "事项内容"}, {"field": "beneficiaries", "label": "适用对象"}, {"field": "applicablePeriod", "label": "适用时间"}, {"field": "conditions", "label": "申请条件"}, {"field": "materials", "label": "申请材料"}, {"field": "department", "label": "主管部门"}, {"field": "contactPerson", "label": "联系人"}, {"field": "contact", "label": "联系方式"}], "allRequired": true}',
 '001:1862', '各级涉企服务部门应当在10个工作日内进行科学拆分，逐条解读政策事项名称、事项依据、事项内容、适用对象、适用时间、申请条件、申请材料、主管部门、联系人、联系方式等要素'),
('LANSHAN_DIRECT_DELIVERY', 'ENTERPRISE_TAGS', '2022-04-30', NULL,
 '{"dimensions": [{"tag": "SCALE", "label": "规模"}, {"tag": "BUSINESS_SCOPE", "label": "经营范围"}, {"tag": "INDUSTRY", "label": "所属行业"}, {"tag": "REVENUE", "label": "企业营收"}, {"tag": "TAX_PAID", "label": "纳税额度"}, {"tag": "QUALIFICATIONS", "label": "资质资格"}, {"tag": "HONOURS", "label": "所获荣誉"}], "register": "临沂市本地企业法人库"}',
 '001:1872', '根据企业的规模、经营范围、所属行业、企业营收、纳税额度、资质资格、所获荣誉等情况，对企业进行动态精准画像，生成企业标签'),
('LANSHAN_DIRECT_DELIVERY', 'POLICY_TAGS', '2022-04-30', NULL,
 '{"dimensions": [{"tag": "BENEFICIARY", "label": "享受主体"}, {"tag": "CONDITIONS", "label": "申报条件"}, {"tag": "PAYMENT_STANDARD", "label": "兑付标准"}]}',
 '001:1874', '根据惠企政策的享受主体、申报条件、兑付标准等，对政策进行标签化处理，为精准推送夯实基础'),
('LANSHAN_DIRECT_DELIVERY', 'MATCHING', '2022-04-30', NULL,
 '{"mode": "POLICY_FINDS_ENTERPRISE", "matchIf": "ALL_CONDITIONS_MET", "unknownTag": "UNDETERMINED"}',
 '001:1878', '在对政策、企业进行精准画像和标签化处理的基础上，通过大数据比对分析，实现惠企政策智能匹配、精准推送，变“企业找政策”为“政策找企业”'),
('LANSHAN_DIRECT_DELIVERY', 'ONLINE_PAYOUT', '2022-04-30', NULL,
 '{"singleEntry": true}',
 '001:1884', '企业登陆政策服务平台后可“一次申报、全程网办、快速兑现”'),
('LANSHAN_DIRECT_DELIVERY', 'PROACTIVE', '2022-04-30', NULL,
 '{"dataSources": ["POPULATION", "LEGAL_PERSON", "TAX", "SOCIAL_INSURANCE", "REAL_ESTATE"], "opensApplications": true}',
 '001:1892', '将政策兑现的前置条件转化为数字化规则，通过汇聚分析人口、法人、纳税、社保、不动产等数据，精准确定享受企业，实现第一批惠企政策免申即享'),
('LANSHAN_DIRECT_DELIVERY', 'COMPLAINTS', '2022-04-30', NULL,
 '{"channel": "12345"}',
 '001:1898', '开通政企直通车诉求直达功能，连接12345政务服务热线网上受理模块'),
('LANSHAN_DIRECT_DELIVERY', 'METRICS', '2022-04-30', NULL,
 '{"metrics": [{"metric": "APPLICATION_SUCCESS_RATE", "label": "申领成功率"}, {"metric": "COUNT_PAYOUT_RATE", "label": "规模兑付率"}, {"metric": "AMOUNT_PAYOUT_RATE", "label": "金额兑付率"}, {"metric": "OBJECTION_HANDLING_RATE", "label": "异议处理率"}], "ratedBy": "ENTERPRISE_STARS", "per": ["DEPARTMENT", "PERIOD"], "successBaseParameter": "DIRECT_DELIVERY_SUCCESS_RATE_BASE"}',
 '001:1904', '企业对政策的申领成功率、规模兑付率、金额兑付率、异议处理率等进行星级评价'),
('LANSHAN_DIRECT_DELIVERY', 'ROLES', '2022-04-30', NULL,
 '{"coordination": "区政府办公室", "jointMeetingOffice": "区行政审批服务局", "funds": "区财政局", "policies": "OWNING_DEPARTMENT"}',
 '001:1912', '区政府办公室负责全区惠企政策服务工作的综合协调、督查考核');

-- 临兰政办字〔2022〕13号: policy interpretation (001:1570-1726). 3 working days from the day after publication, on
-- the official calendar; for district documents (the scope below). Relation to DECOMPOSITION: a district policy owes
-- both its interpretation (3 working days) and its items (10 working days).
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_POLICY_INTERPRETATION', 'INTERPRETATION_RESPONSIBLE', '2022-04-07', NULL,
 '{"responsible": "DRAFTING_DEPARTMENT", "firstInterpreter": "HEAD_OF_DRAFTING_DEPARTMENT"}',
 '001:1580', '文件起草部门是政策解读的责任主体，其主要负责人是“第一解读人和责任人”'),
('LANSHAN_POLICY_INTERPRETATION', 'INTERPRETATION_DEADLINE', '2022-04-07', NULL,
 '{"workingDays": 3, "from": "PUBLICATION"}',
 '001:1582', '相关解读材料应于文件公布后3个工作日内主动发布'),
('LANSHAN_POLICY_INTERPRETATION', 'INTERPRETATION_SCOPE', '2022-04-07', NULL,
 '{"kinds": ["DISTRICT_GOVERNMENT_NORMATIVE", "DISTRICT_DEPARTMENT_NORMATIVE", "PUBLIC_AFFAIRS_POLICY", "OTHER_POLICY"], "atLeast": true}',
 '001:1586', '政策解读具体范围至少包括'),
('LANSHAN_POLICY_INTERPRETATION', 'INTERPRETATION_WITH_DRAFT', '2022-04-07', NULL,
 '{"submitTogether": ["INTERPRETATION_PLAN", "INTERPRETATION_MATERIALS", "DRAFT"], "otherwise": "RETURNED"}',
 '001:1598', '以区政府、区政府办公室名义印发属于政策解读范围的文件，起草部门应将解读方案、解读材料和文件代拟稿一并报送，未同步报送的，区政府办公室将予以退文'),
('LANSHAN_POLICY_INTERPRETATION', 'INTERPRETATION_WAIVER', '2022-04-07', NULL,
 '{"writtenReason": true, "decidedBy": "区政府办公室政务公开科"}',
 '001:1600', '若起草部门认为报批的文件无需解读，应在报批文件时作出书面说明，由区政府办公室政务公开科负责研判'),
('LANSHAN_POLICY_INTERPRETATION', 'INTERPRETATION_ELEMENTS', '2022-04-07', NULL,
 '{"elements": ["BACKGROUND_AND_BASIS", "GOALS_AND_TASKS", "MAIN_CONTENT", "SCOPE", "STANDARDS_AND_VALIDITY", "NOTES_AND_DIFFERENCES", "SERVICE_ITEMS_IF_ANY", "ENFORCEMENT_IF_ANY", "REVISION_REASONS_IF_ANY", "HIGHER_POLICY_COMPARISON_IF_ANY"], "atLeast": true}',
 '001:1614', '解读材料要素应包括但不限于'),
('LANSHAN_POLICY_INTERPRETATION', 'INTERPRETATION_TEMPLATE', '2022-04-07', NULL,
 '{"mandatorySections": 7}',
 '001:1726', '解读模板中，一级标题中的七部分内容，不能缺少');

-- ===============================================================================================================
-- 槐荫区 state capital (槐政办字〔2022〕6号, 000:2798-2822): a levy on district enterprises, not a subsidy.
-- ===============================================================================================================
-- Wholly owned: 10 % of the year's after-tax profit, rounded to the fen; a loss gives 0 (nothing to levy). Holding and
-- minority-stake companies: the dividends payable to the state investor under the shareholders' resolution, in full.
-- 30 % of the district's total state-capital income of the year goes into the general public budget (on the total,
-- rounded once). Both rates are "暂按" (provisional): a later notice is a new row version. Open:
-- STATE_CAPITAL_LOSS_OFFSET (true | false) - whether earlier years' losses are made up before the 10 %;
-- STATE_CAPITAL_PROFIT_YEAR_OFFSET (years) - which year's profit a budget year levies (the notice names none).
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('HUAIYIN_STATE_CAPITAL', 'SCOPE', '2022-10-25', NULL,
 '{"entities": ["DISTRICT_ENTERPRISE", "ENTERPRISE_MANAGED_INSTITUTION", "INSTITUTION_FUNDED_STATE_ENTERPRISE"]}',
 '000:2806', '区属企业、企业化管理事业单位和区属事业单位出资兴办的国有企业纳入区级国有资本经营预算编报范围'),
('HUAIYIN_STATE_CAPITAL', 'LEVY_WHOLLY_OWNED', '2022-10-25', NULL,
 '{"rate": 0.10, "base": "AFTER_TAX_PROFIT", "provisional": true, "ownership": "WHOLLY_OWNED", "lossOffsetParameter": "STATE_CAPITAL_LOSS_OFFSET", "profitYearParameter": "STATE_CAPITAL_PROFIT_YEAR_OFFSET"}',
 '000:2808', '区属国有独资企业、企业化管理事业单位、区属事业单位出资兴办的国有独资企业，暂按企业税后利润的10%计算缴纳国有资本收益'),
('HUAIYIN_STATE_CAPITAL', 'LEVY_DIVIDENDS', '2022-10-25', NULL,
 '{"rate": 1.0, "base": "DIVIDENDS_PAYABLE_TO_STATE", "ownership": ["HOLDING", "MINORITY"], "per": "SHAREHOLDERS_RESOLUTION"}',
 '000:2808', '区属国有控股、参股企业应付国有投资者的股利、股息，按照股东会或者股东大会决议通过的利润分配方案，将应付国有投资者的股利、股息全额上交'),
('HUAIYIN_STATE_CAPITAL', 'TRANSFER_TO_GENERAL_BUDGET', '2022-10-25', NULL,
 '{"rate": 0.30, "of": "DISTRICT_STATE_CAPITAL_INCOME", "provisional": true}',
 '000:2810', '区级国有资本收益调入一般公共预算比例暂按30%'),
('HUAIYIN_STATE_CAPITAL', 'COLLECTING_UNITS', '2022-10-25', NULL,
 '{"collector": "SUPERVISING_UNIT"}',
 '000:2814', '各监管单位为国有资本收益执收单位');

-- ===============================================================================================================
-- 槐荫区 farmland (济槐政字〔2022〕13号), 2022-11-15 to 2025-11-14: notice, demonstration, funds, budget.
-- ===============================================================================================================
-- Public notice before the list is final (000:1745): the length and whether it counts working or calendar days are
-- not given: FARMLAND_NOTICE_DAYS (days) and FARMLAND_NOTICE_DAY_KIND (CALENDAR | WORKING); FARMLAND_OBJECTION_SCOPE
-- (UNIT | WHOLE_LIST) - whether an objection to one unit holds only that unit's award or the whole list. Without
-- FARMLAND_NOTICE_DAYS a selection stays in notice and no award is payable.
-- Demonstration (000:1749, 000:1845): units that passed the district acceptance (by the end of August) "可优先获得
-- …候选资格". Open: FARMLAND_DEMONSTRATION_PREFERENCE (TIE_BREAK | AHEAD_OF_SCORE) - how "优先" orders candidates.
-- Uses of the funds (000:1761-1773), one row each, to check a fund-use plan (FUND_USE_PLAN, V2) line by line; wages,
-- allowances and bonuses are excluded whatever the category. The year's outlay is not stored: it is derived from
-- SELECTION and REWARD (1 street and 3 villages: 60万 at least; 2 and 6: 120万 at most), see BUDGET.
INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('HUAIYIN_FARMLAND', 'SELECTION_PUBLIC_NOTICE', '2022-11-15', '2025-11-14',
 '{"finalOnlyWithoutObjection": true, "durationParameter": "FARMLAND_NOTICE_DAYS", "dayKindParameter": "FARMLAND_NOTICE_DAY_KIND", "objectionScopeParameter": "FARMLAND_OBJECTION_SCOPE", "firstDayParameter": "PUBLIC_NOTICE_FIRST_DAY_COUNTED"}',
 '000:1745', '区自然资源局牵头组织考核评价，评价结果公示无异议后最终确定区级耕地保护激励名单'),
('HUAIYIN_FARMLAND', 'BUDGET', '2022-11-15', '2025-11-14',
 '{"derivedFrom": ["SELECTION", "REWARD"], "proposer": "区自然资源局", "reviewer": "区财政局"}',
 '000:1729', '依据评价结果提出区级耕地保护激励资金预算安排建议；区财政局负责对区自然资源局申报的预算安排建议进行审核，列入区财政年度预算'),
('HUAIYIN_FARMLAND', 'DEMONSTRATION_OBLIGATION', '2022-11-15', '2025-11-14',
 '{"appliesTo": "STREETS_INCENTIVISED_BY_PROVINCE_CITY_OR_DISTRICT", "minVillagesPerYear": 1, "maxVillagesPerYear": 2}',
 '000:1749', '受省、市、区激励奖励的街道要开展耕地保护示范街道、示范村创建工作，每年打造1-2个耕地保护示范村'),
('HUAIYIN_FARMLAND', 'DEMONSTRATION_PREFERENCE', '2022-11-15', '2025-11-14',
 '{"acceptanceByEndOfMonth": 8, "preferredFor": "SAME_YEAR_DISTRICT_CANDIDACY", "preferenceParameter": "FARMLAND_DEMONSTRATION_PREFERENCE"}',
 '000:1749', '每年8月底前由区自然资源局牵头组织区级验收，通过验收的示范街道、示范村可优先获得当年度区级耕地保护激励奖励候选资格'),
('HUAIYIN_FARMLAND', 'DEMONSTRATION_REVERIFICATION', '2022-11-15', '2025-11-14',
 '{"when": "NEXT_YEAR", "passed": "CITY_CANDIDACY_PREFERRED", "failed": ["RECTIFY", "LOSE_YEAR_DEMONSTRATION_STATUS", "STREET_LOSES_CITY_ELIGIBILITY"], "rejoinNextYear": true}',
 '000:1749', '复验不通过的示范街道、示范村限期整改，并取消当年度示范资格和所在街道市级评选资格；整改到位后下一年度可继续参评'),
('HUAIYIN_FARMLAND', 'DEMONSTRATION_CALENDAR', '2022-11-15', '2025-11-14',
 '{"workPlanMonth": 4, "siteInspectionMonth": 6, "districtAcceptanceMonth": 8, "cityFinalAcceptanceMonth": 10}',
 '000:1845', '每年4月，区自然资源局制定工作方案，开展全区耕地保护示范街道、示范村创建工作；6月，区自然资源局对候选示范街道、示范村进行现场检查，提出指导意见；8月，区级验收，10月，市自然资源和规划局牵头组织终验'),
('HUAIYIN_FARMLAND', 'FUND_USE_INFRASTRUCTURE', '2022-11-15', '2025-11-14',
 '{"category": "INFRASTRUCTURE"}',
 '000:1763', '农田基础设施建设、管护及修缮'),
('HUAIYIN_FARMLAND', 'FUND_USE_QUALITY', '2022-11-15', '2025-11-14',
 '{"category": "QUALITY"}',
 '000:1765', '耕地质量提升改造、培肥地力、后期管护'),
('HUAIYIN_FARMLAND', 'FUND_USE_DAILY_CARE', '2022-11-15', '2025-11-14',
 '{"category": "DAILY_CARE"}',
 '000:1767', '耕地和永久基本农田日常管护'),
('HUAIYIN_FARMLAND', 'FUND_USE_FIELD_CHIEF', '2022-11-15', '2025-11-14',
 '{"category": "FIELD_CHIEF"}',
 '000:1769', '“田长制”日常管理'),
('HUAIYIN_FARMLAND', 'FUND_USE_PUBLICITY', '2022-11-15', '2025-11-14',
 '{"category": "PUBLICITY"}',
 '000:1771', '耕地保护政策宣传'),
('HUAIYIN_FARMLAND', 'FUND_USE_OTHER_AGRICULTURAL', '2022-11-15', '2025-11-14',
 '{"category": "OTHER_AGRICULTURAL", "requiresBasis": true}',
 '000:1773', '省、市、区规定的其他涉农项目建设'),
('HUAIYIN_FARMLAND', 'FUND_USE_NO_PAYROLL', '2022-11-15', '2025-11-14',
 '{"excluded": ["WAGES", "ALLOWANCES", "BONUSES"]}',
 '000:1777', '严禁用于单位和个人发放工资、津补贴或奖金等支出'),
('HUAIYIN_FARMLAND', 'FUND_USE_PLAN_PUBLIC', '2022-11-15', '2025-11-14',
 '{"of": "FUND_USE_PLAN", "publishedAs": "MAJOR_PUBLIC_AFFAIRS_ITEM"}',
 '000:1775', '并列入街道、村政务信息重大公开事项，主动接受监督'),
('HUAIYIN_FARMLAND', 'PERFORMANCE_EVALUATION', '2022-11-15', '2025-11-14',
 '{"after": "BUDGET_YEAR", "feedsInto": "NEXT_YEAR_SELECTION"}',
 '000:1781', '年度预算执行结束后，由区自然资源局会同区财政局组织开展绩效评价，评价结果纳入下一年度市、区级耕地保护激励评选工作'),
('HUAIYIN_FARMLAND', 'FUNDS_RING_FENCED', '2022-11-15', '2025-11-14',
 '{"ringFenced": true}',
 '000:1783', '对省、市、区耕地保护激励资金实行专款专用');
