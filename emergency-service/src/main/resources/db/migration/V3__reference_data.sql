-- Reference data. Source lines: 000 = 济南市槐荫区 (seeds/000), 002 = 淄博市张店区 (seeds/002).

-- 1. Working-day calendar 2021-2026 from the State Council General Office notices on public holidays
--    (国务院办公厅关于 YYYY 年部分节假日安排的通知). Weekends are implicit; rows are holidays (放假) and
--    make-up working days (调休上班). Admins add further years through PUT /api/v1/calendar/years/{year}.
INSERT INTO calendar_year (year, source, updated_at) VALUES
    (2021, '国办发明电〔2020〕27号', now()),
    (2022, '国办发明电〔2021〕11号', now()),
    (2023, '国办发明电〔2022〕16号', now()),
    (2024, '国办发明电〔2023〕7号', now()),
    (2025, '国办发明电〔2024〕12号', now()),
    (2026, '国办发明电〔2025〕7号', now());

INSERT INTO calendar_day (day, year, kind, name)
SELECT d::date, r.year, r.kind, r.name
FROM (VALUES
    (2021, DATE '2021-01-01', DATE '2021-01-03', 'HOLIDAY', '元旦'),
    (2021, DATE '2021-02-07', DATE '2021-02-07', 'WORKDAY', '春节调休上班'),
    (2021, DATE '2021-02-11', DATE '2021-02-17', 'HOLIDAY', '春节'),
    (2021, DATE '2021-02-20', DATE '2021-02-20', 'WORKDAY', '春节调休上班'),
    (2021, DATE '2021-04-03', DATE '2021-04-05', 'HOLIDAY', '清明节'),
    (2021, DATE '2021-04-25', DATE '2021-04-25', 'WORKDAY', '劳动节调休上班'),
    (2021, DATE '2021-05-01', DATE '2021-05-05', 'HOLIDAY', '劳动节'),
    (2021, DATE '2021-05-08', DATE '2021-05-08', 'WORKDAY', '劳动节调休上班'),
    (2021, DATE '2021-06-12', DATE '2021-06-14', 'HOLIDAY', '端午节'),
    (2021, DATE '2021-09-18', DATE '2021-09-18', 'WORKDAY', '中秋节调休上班'),
    (2021, DATE '2021-09-19', DATE '2021-09-21', 'HOLIDAY', '中秋节'),
    (2021, DATE '2021-09-26', DATE '2021-09-26', 'WORKDAY', '国庆节调休上班'),
    (2021, DATE '2021-10-01', DATE '2021-10-07', 'HOLIDAY', '国庆节'),
    (2021, DATE '2021-10-09', DATE '2021-10-09', 'WORKDAY', '国庆节调休上班'),

    (2022, DATE '2022-01-01', DATE '2022-01-03', 'HOLIDAY', '元旦'),
    (2022, DATE '2022-01-29', DATE '2022-01-30', 'WORKDAY', '春节调休上班'),
    (2022, DATE '2022-01-31', DATE '2022-02-06', 'HOLIDAY', '春节'),
    (2022, DATE '2022-04-02', DATE '2022-04-02', 'WORKDAY', '清明节调休上班'),
    (2022, DATE '2022-04-03', DATE '2022-04-05', 'HOLIDAY', '清明节'),
    (2022, DATE '2022-04-24', DATE '2022-04-24', 'WORKDAY', '劳动节调休上班'),
    (2022, DATE '2022-04-30', DATE '2022-05-04', 'HOLIDAY', '劳动节'),
    (2022, DATE '2022-05-07', DATE '2022-05-07', 'WORKDAY', '劳动节调休上班'),
    (2022, DATE '2022-06-03', DATE '2022-06-05', 'HOLIDAY', '端午节'),
    (2022, DATE '2022-09-10', DATE '2022-09-12', 'HOLIDAY', '中秋节'),
    (2022, DATE '2022-10-01', DATE '2022-10-07', 'HOLIDAY', '国庆节'),
    (2022, DATE '2022-10-08', DATE '2022-10-09', 'WORKDAY', '国庆节调休上班'),

    (2023, DATE '2022-12-31', DATE '2023-01-02', 'HOLIDAY', '元旦'),
    (2023, DATE '2023-01-21', DATE '2023-01-27', 'HOLIDAY', '春节'),
    (2023, DATE '2023-01-28', DATE '2023-01-29', 'WORKDAY', '春节调休上班'),
    (2023, DATE '2023-04-05', DATE '2023-04-05', 'HOLIDAY', '清明节'),
    (2023, DATE '2023-04-23', DATE '2023-04-23', 'WORKDAY', '劳动节调休上班'),
    (2023, DATE '2023-04-29', DATE '2023-05-03', 'HOLIDAY', '劳动节'),
    (2023, DATE '2023-05-06', DATE '2023-05-06', 'WORKDAY', '劳动节调休上班'),
    (2023, DATE '2023-06-22', DATE '2023-06-24', 'HOLIDAY', '端午节'),
    (2023, DATE '2023-06-25', DATE '2023-06-25', 'WORKDAY', '端午节调休上班'),
    (2023, DATE '2023-09-29', DATE '2023-10-06', 'HOLIDAY', '中秋节、国庆节'),
    (2023, DATE '2023-10-07', DATE '2023-10-08', 'WORKDAY', '国庆节调休上班'),

    (2024, DATE '2024-01-01', DATE '2024-01-01', 'HOLIDAY', '元旦'),
    (2024, DATE '2024-02-04', DATE '2024-02-04', 'WORKDAY', '春节调休上班'),
    (2024, DATE '2024-02-10', DATE '2024-02-17', 'HOLIDAY', '春节'),
    (2024, DATE '2024-02-18', DATE '2024-02-18', 'WORKDAY', '春节调休上班'),
    (2024, DATE '2024-04-04', DATE '2024-04-06', 'HOLIDAY', '清明节'),
    (2024, DATE '2024-04-07', DATE '2024-04-07', 'WORKDAY', '清明节调休上班'),
    (2024, DATE '2024-04-28', DATE '2024-04-28', 'WORKDAY', '劳动节调休上班'),
    (2024, DATE '2024-05-01', DATE '2024-05-05', 'HOLIDAY', '劳动节'),
    (2024, DATE '2024-05-11', DATE '2024-05-11', 'WORKDAY', '劳动节调休上班'),
    (2024, DATE '2024-06-10', DATE '2024-06-10', 'HOLIDAY', '端午节'),
    (2024, DATE '2024-09-14', DATE '2024-09-14', 'WORKDAY', '中秋节调休上班'),
    (2024, DATE '2024-09-15', DATE '2024-09-17', 'HOLIDAY', '中秋节'),
    (2024, DATE '2024-09-29', DATE '2024-09-29', 'WORKDAY', '国庆节调休上班'),
    (2024, DATE '2024-10-01', DATE '2024-10-07', 'HOLIDAY', '国庆节'),
    (2024, DATE '2024-10-12', DATE '2024-10-12', 'WORKDAY', '国庆节调休上班'),

    (2025, DATE '2025-01-01', DATE '2025-01-01', 'HOLIDAY', '元旦'),
    (2025, DATE '2025-01-26', DATE '2025-01-26', 'WORKDAY', '春节调休上班'),
    (2025, DATE '2025-01-28', DATE '2025-02-04', 'HOLIDAY', '春节'),
    (2025, DATE '2025-02-08', DATE '2025-02-08', 'WORKDAY', '春节调休上班'),
    (2025, DATE '2025-04-04', DATE '2025-04-06', 'HOLIDAY', '清明节'),
    (2025, DATE '2025-04-27', DATE '2025-04-27', 'WORKDAY', '劳动节调休上班'),
    (2025, DATE '2025-05-01', DATE '2025-05-05', 'HOLIDAY', '劳动节'),
    (2025, DATE '2025-05-31', DATE '2025-06-02', 'HOLIDAY', '端午节'),
    (2025, DATE '2025-09-28', DATE '2025-09-28', 'WORKDAY', '国庆节调休上班'),
    (2025, DATE '2025-10-01', DATE '2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
    (2025, DATE '2025-10-11', DATE '2025-10-11', 'WORKDAY', '国庆节调休上班'),

    (2026, DATE '2026-01-01', DATE '2026-01-03', 'HOLIDAY', '元旦'),
    (2026, DATE '2026-01-04', DATE '2026-01-04', 'WORKDAY', '元旦调休上班'),
    (2026, DATE '2026-02-14', DATE '2026-02-14', 'WORKDAY', '春节调休上班'),
    (2026, DATE '2026-02-15', DATE '2026-02-23', 'HOLIDAY', '春节'),
    (2026, DATE '2026-02-28', DATE '2026-02-28', 'WORKDAY', '春节调休上班'),
    (2026, DATE '2026-04-04', DATE '2026-04-06', 'HOLIDAY', '清明节'),
    (2026, DATE '2026-05-01', DATE '2026-05-05', 'HOLIDAY', '劳动节'),
    (2026, DATE '2026-05-09', DATE '2026-05-09', 'WORKDAY', '劳动节调休上班'),
    (2026, DATE '2026-06-19', DATE '2026-06-21', 'HOLIDAY', '端午节'),
    (2026, DATE '2026-09-20', DATE '2026-09-20', 'WORKDAY', '国庆节调休上班'),
    (2026, DATE '2026-09-25', DATE '2026-09-27', 'HOLIDAY', '中秋节'),
    (2026, DATE '2026-10-01', DATE '2026-10-07', 'HOLIDAY', '国庆节'),
    (2026, DATE '2026-10-10', DATE '2026-10-10', 'WORKDAY', '国庆节调休上班')
) AS r (year, first_day, last_day, kind, name),
LATERAL generate_series(r.first_day, r.last_day, INTERVAL '1 day') AS d;

-- 2. 槐荫区 (370104): 区级突发事件专项应急预案目录, 25 special plans with their drafting lead (000:1659-1705).
INSERT INTO catalogue_entry (jurisdiction, kind, category, seq, name, lead_departments, source_ref) VALUES
    ('370104', 'SPECIAL_PLAN', 'NATURAL', 1, '槐荫区防汛应急预案', '{区水务局}', '000:1668'),
    ('370104', 'SPECIAL_PLAN', 'NATURAL', 2, '槐荫区地震应急预案', '{区应急局}', '000:1669'),
    ('370104', 'SPECIAL_PLAN', 'NATURAL', 3, '槐荫区突发地质灾害应急预案', '{区应急局}', '000:1670'),
    ('370104', 'SPECIAL_PLAN', 'NATURAL', 4, '槐荫区自然灾害救助应急预案', '{区应急局}', '000:1671'),
    ('370104', 'SPECIAL_PLAN', 'NATURAL', 5, '槐荫区森林火灾应急预案', '{区应急局}', '000:1672'),
    ('370104', 'SPECIAL_PLAN', 'NATURAL', 6, '槐荫区清雪除冰工作预案', '{区城管局}', '000:1673'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 1, '槐荫区火灾事故应急预案', '{区消防救援大队}', '000:1678'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 2, '槐荫区处置电网大面积停电事件应急预案', '{区发展改革局}', '000:1679'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 3, '槐荫区危险化学品生产安全事故应急预案', '{区应急局}', '000:1680'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 4, '槐荫区工贸行业生产安全事故应急预案', '{区应急局}', '000:1681'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 5, '槐荫区突发事件医疗卫生救援应急预案', '{区卫生健康局}', '000:1682'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 6, '槐荫区供水突发事件应急预案', '{区水务局}', '000:1683'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 7, '槐荫区交通事故应急预案', '{区交警大队}', '000:1685'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 8, '槐荫区城市燃气突发事件应急预案', '{区住房城乡建设局}', '000:1686'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 9, '槐荫区辐射事故应急预案', '{区生态环境分局}', '000:1687'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 10, '槐荫区突发环境事件应急预案', '{区生态环境分局}', '000:1688'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 11, '槐荫区重污染天气应急预案', '{区生态环境分局}', '000:1689'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 12, '槐荫区特种设备事故应急预案', '{区市场监管局}', '000:1690'),
    ('370104', 'SPECIAL_PLAN', 'ACCIDENT', 13, '槐荫区通信保障应急预案', '{区工业和信息化局}', '000:1691'),
    ('370104', 'SPECIAL_PLAN', 'HEALTH', 1, '槐荫区突发公共卫生事件应急预案', '{区卫生健康局}', '000:1696'),
    ('370104', 'SPECIAL_PLAN', 'HEALTH', 2, '槐荫区食品安全事故应急预案', '{区市场监管局}', '000:1697'),
    ('370104', 'SPECIAL_PLAN', 'HEALTH', 3, '槐荫区药品安全事件应急预案', '{区市场监管局}', '000:1698'),
    ('370104', 'SPECIAL_PLAN', 'HEALTH', 4, '槐荫区重大动物疫情应急预案', '{区农业农村局}', '000:1699'),
    ('370104', 'SPECIAL_PLAN', 'SOCIAL', 1, '槐荫区恐怖袭击事件应急预案', '{区公安分局}', '000:1704'),
    ('370104', 'SPECIAL_PLAN', 'SOCIAL', 2, '槐荫区群体性事件应急预案', '{区委政法委}', '000:1705');

-- 3. 张店区 (370303): 9.1 突发事件主要牵头部门, 55 event types (002:3655-3897). Blank cells stay empty ('{}'):
--    the lead department is unknown there, not inherited from the row above.
INSERT INTO catalogue_entry (jurisdiction, kind, category, seq, name, lead_departments, source_ref) VALUES
    ('370303', 'EVENT_TYPE', 'NATURAL', 1, '防汛抗旱防台风', '{区应急管理局,区水利局,区综合行政执法局}', '002:3661-3663'),
    ('370303', 'EVENT_TYPE', 'NATURAL', 2, '气象灾害', '{区应急管理局}', '002:3665-3667'),
    ('370303', 'EVENT_TYPE', 'NATURAL', 3, '地震灾害', '{区应急管理局}', '002:3669-3671'),
    ('370303', 'EVENT_TYPE', 'NATURAL', 4, '地质灾害', '{区应急管理局,市自然资源和规划局张店分局}', '002:3673-3675'),
    ('370303', 'EVENT_TYPE', 'NATURAL', 5, '森林草场火灾', '{区应急管理局,市自然资源和规划局张店分局}', '002:3677-3679'),
    ('370303', 'EVENT_TYPE', 'NATURAL', 6, '生物灾害', '{区农业农村局,市自然资源和规划局张店分局}', '002:3681-3683'),
    ('370303', 'EVENT_TYPE', 'NATURAL', 7, '城市防汛防台风抗旱', '{区综合行政执法局,区城乡住房建设局}', '002:3685-3687'),
    ('370303', 'EVENT_TYPE', 'NATURAL', 8, '自然灾害救助', '{区应急管理局}', '002:3689-3691'),
    ('370303', 'EVENT_TYPE', 'NATURAL', 9, '恶劣天气灾害', '{区应急管理局,区综合行政执法局,区交通运输局,张店交警大队}', '002:3693-3695'),
    ('370303', 'EVENT_TYPE', 'NATURAL', 10, '清雪除冰工作', '{区综合行政执法局}', '002:3697-3699'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 1, '生产安全事故', '{区应急管理局}', '002:3707-3709'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 2, '危险化学品事故', '{}', '002:3711-3712'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 3, '火灾事故', '{张店消防救援大队}', '002:3715-3717'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 4, '石油天然气管道事故', '{区发展改革局}', '002:3719-3721'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 5, '公路突发事件', '{区交通运输局}', '002:3723-3725'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 6, '城市公共交通突发事件', '{}', '002:3727-3728'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 7, '建设工程事故', '{区城乡住房建设局}', '002:3731-3733'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 8, '供热事故', '{}', '002:3735-3736'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 9, '城镇燃气安全事故', '{}', '002:3739-3740'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 10, '城市供水突发事件', '{区水利局}', '002:3743-3745'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 11, '大面积停电事件、发电企业生产安全事故', '{区发展改革局,国网淄博供电公司张店供电部}', '002:3747-3749'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 12, '特种设备事故', '{区市场监督管理局}', '002:3751-3753'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 13, '通信网络事故', '{区工业和信息化局}', '002:3755-3757'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 14, '核事故', '{}', '002:3759-3760'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 15, '民爆物品安全生产事故', '{}', '002:3763-3764'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 16, '辐射事故', '{市生态环境局张店分局}', '002:3767-3769'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 17, '重污染天气', '{}', '002:3771-3772'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 18, '环境污染事件', '{}', '002:3775-3776'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 19, '生态破坏事件', '{}', '002:3779-3780'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 20, '人员密集场所突发事件', '{张店公安分局}', '002:3783-3785'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 21, '危化品运输紧急事件', '{张店交警大队}', '002:3787-3789'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 22, '道路交通事故', '{张店交警大队}', '002:3791-3793'),
    ('370303', 'EVENT_TYPE', 'ACCIDENT', 23, '旅游突发事件', '{区文化旅游局}', '002:3795-3797'),
    ('370303', 'EVENT_TYPE', 'HEALTH', 1, '公共卫生事件', '{区卫生健康局}', '002:3805-3807'),
    ('370303', 'EVENT_TYPE', 'HEALTH', 2, '突发事件医疗卫生救援', '{}', '002:3809-3810'),
    ('370303', 'EVENT_TYPE', 'HEALTH', 3, '群体性不明原因疾病', '{}', '002:3813-3814'),
    ('370303', 'EVENT_TYPE', 'HEALTH', 4, '职业中毒事件', '{}', '002:3817-3818'),
    ('370303', 'EVENT_TYPE', 'HEALTH', 5, '食品安全事件', '{区市场监督管理局}', '002:3821-3823'),
    ('370303', 'EVENT_TYPE', 'HEALTH', 6, '药品安全事件', '{}', '002:3825-3826'),
    ('370303', 'EVENT_TYPE', 'HEALTH', 7, '疫苗安全事件', '{区市场监督管理局,区卫生健康局}', '002:3829-3831'),
    ('370303', 'EVENT_TYPE', 'HEALTH', 8, '动物疫情', '{区农业农村局,市自然资源和规划局张店分局}', '002:3833-3835'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 1, '社会安全事件', '{张店公安分局}', '002:3843-3845'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 2, '恐怖袭击事件', '{}', '002:3847-3848'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 3, '刑事案件', '{}', '002:3851-3852'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 4, '群体性事件', '{区委政法委,张店公安分局}', '002:3855-3857'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 5, '网络与信息安全事件', '{区委宣传部}', '002:3859-3861'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 6, '影响市场稳定突发事件', '{区市场监督管理局}', '002:3863-3865'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 7, '油气供应中断突发事件', '{区发展改革局}', '002:3867-3869'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 8, '粮食安全风险防控', '{}', '002:3871-3872'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 9, '涉外突发事件', '{区商务局}', '002:3875-3877'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 10, '民族宗教事件', '{区委统战部}', '002:3879-3881'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 11, '突发公共新闻发布', '{区委宣传部}', '002:3883-3885'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 12, '舆情突发事件', '{}', '002:3887-3888'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 13, '生活必需品市场供应突发事件', '{区商务局}', '002:3891-3893'),
    ('370303', 'EVENT_TYPE', 'SOCIAL', 14, '群体性信访事件', '{区信访局}', '002:3895-3897');

-- 4. 张店区 9.2 突发事件应急保障工作主要牵头和配合部门 (002:3914-3968).
INSERT INTO support_measure (jurisdiction, seq, name, lead_departments, supporting_units, source_ref) VALUES
    ('370303', 1, '交通运输保障', '{张店交警大队}', '{区发展改革局,区应急管理局,区人武部}', '002:3920-3923'),
    ('370303', 2, '通信保障', '{区工业和信息化局}', '{相关部门（单位）}', '002:3925-3928'),
    ('370303', 3, '现场信息保障', '{突发事件主要牵头部门}', '{区发展改革局,区工业和信息化局,区交通运输局,区应急管理局,区人武部}', '002:3930-3933'),
    ('370303', 4, '医疗保障', '{区卫生健康局}', '{区发展改革局,区工业和信息化局,区市场监督管理局,区人武部,区红十字会}', '002:3935-3938'),
    ('370303', 5, '抢险救援物资装备保障', '{区发展改革局,区应急管理局}', '{区工业和信息化局,张店公安分局,市自然资源和规划局张店分局,区水利局,区财政局,区人武部}', '002:3940-3943'),
    ('370303', 6, '群众生活保障', '{区应急管理局}', '{区红十字会,区发展改革局,区民政局,区财政局,区农业农村局,区商务局,区卫生健康局,区人武部}', '002:3945-3948'),
    ('370303', 7, '社会秩序保障', '{张店公安分局}', '{区人武部}', '002:3950-3953'),
    ('370303', 8, '新闻保障', '{区委宣传部}', '{区融媒体中心}', '002:3955-3958'),
    ('370303', 9, '勤务保障', '{突发事件主要牵头部门}', '{张店公安分局,区卫生健康局,区人武部}', '002:3960-3963'),
    ('370303', 10, '专家保障', '{突发事件主要牵头部门}', '{区科技局,区教育体育局等有关部门}', '002:3965-3968');

-- 5. Filing (备案) rules. 槐荫区: within 20 working days of issue (000:1577-1583); 张店区 states no deadline
--    (002:3631-3635), so deadline_working_days stays NULL and no due date is computed.
INSERT INTO filing_rule (jurisdiction, plan_type, recipient, mode, deadline_working_days, source_ref, effective_from) VALUES
    ('370104', 'OVERALL', '市政府（径送市应急管理部门）', '报送备案', 20, '000:1577', DATE '2022-11-24'),
    ('370104', 'SPECIAL', '市政府有关主管部门', '抄送备案', 20, '000:1579', DATE '2022-11-24'),
    ('370104', 'DEPARTMENTAL', '区政府', '报送备案', 20, '000:1581', DATE '2022-11-24'),
    ('370104', 'DEPARTMENTAL', '市政府有关主管部门', '报送备案', 20, '000:1581', DATE '2022-11-24'),
    ('370104', 'STREET', '区政府（径送区应急管理部门）', '报送备案', 20, '000:1583', DATE '2022-11-24'),
    ('370104', 'COMMUNITY', '街道办事处', '报送备案', NULL, '000:1583', DATE '2022-11-24'),
    ('370104', 'ENTERPRISE', '区应急管理部门或有关行业主管部门', '报送备案', NULL, '000:1585', DATE '2022-11-24'),
    ('370303', 'OVERALL', '市政府', '报送备案', NULL, '002:3631', DATE '2021-12-31'),
    ('370303', 'OVERALL', '市应急管理部门', '抄送', NULL, '002:3631', DATE '2021-12-31'),
    ('370303', 'SPECIAL', '市有关主管部门', '报送备案', NULL, '002:3632', DATE '2021-12-31'),
    ('370303', 'SPECIAL', '区应急管理部门', '抄送', NULL, '002:3632', DATE '2021-12-31'),
    ('370303', 'DEPARTMENTAL', '同级应急管理部门', '抄送', NULL, '002:3633', DATE '2021-12-31'),
    ('370303', 'STREET', '区应急管理部门', '抄送', NULL, '002:3634', DATE '2021-12-31'),
    ('370303', 'CRITICAL_INFRASTRUCTURE', '各镇办、各主管部门', '报送备案', NULL, '002:3635', DATE '2021-12-31'),
    ('370303', 'CRITICAL_INFRASTRUCTURE', '区应急管理部门', '抄送', NULL, '002:3635', DATE '2021-12-31');

-- 6. Drills: special and departmental plans at least every 2 years (000:1595; 002:3638).
INSERT INTO drill_rule (jurisdiction, plan_type, interval_months, source_ref, effective_from) VALUES
    ('370104', 'SPECIAL', 24, '000:1595', DATE '2022-11-24'),
    ('370104', 'DEPARTMENTAL', 24, '000:1595', DATE '2022-11-24'),
    ('370303', 'SPECIAL', 24, '002:3638', DATE '2021-12-31'),
    ('370303', 'DEPARTMENTAL', 24, '002:3638', DATE '2021-12-31');

-- 7. Revision circumstances: 槐荫区 lists seven (000:1607-1621); 张店区 lists none (002:3642-3645).
INSERT INTO revision_circumstance (jurisdiction, code, text, source_ref) VALUES
    ('370104', 1, '有关法律、法规、规章、标准、上位预案中的有关规定发生变化的', '000:1609'),
    ('370104', 2, '应急指挥机构及其职责发生重大调整的', '000:1611'),
    ('370104', 3, '面临的风险发生重大变化的', '000:1613'),
    ('370104', 4, '重要应急资源发生重大变化的', '000:1615'),
    ('370104', 5, '预案中的其他重要信息发生变化的', '000:1617'),
    ('370104', 6, '在突发事件实际应对和应急演练中发现问题需要作出重大调整的', '000:1619'),
    ('370104', 7, '应急预案制定单位认为应当修订的其他情况', '000:1621');

-- 8. Periodic duties. 张店区 sets no deadline for its annual evaluation (002:3524), so none is stored.
INSERT INTO periodic_duty (jurisdiction, code, name, responsible, report_to, due_month, due_day, source_ref) VALUES
    ('370104', 'RISK_TREND_REPORT', '下一年度突发事件发展趋势分析和预测', '突发事件应对主要职责部门', '区政府，抄送区应急管理部门', 12, 31, '000:1287'),
    ('370104', 'ANNUAL_EVENT_EVALUATION', '上年度突发事件全面评估', '区级专项应急预案牵头编制部门、各街道办事处', '区政府，抄送区应急管理部门', 3, 31, '000:1507'),
    ('370303', 'RISK_TREND_REPORT', '下一年度突发事件发展趋势研判和预测分析', '突发事件应对主要职责部门', '区委、区政府，抄送区应急管理部门', 12, 31, '002:3434'),
    ('370303', 'ANNUAL_EVENT_EVALUATION', '上年度突发事件全面评估', '各镇办、有关部门（单位）', '区委、区政府，抄送区应急管理部门', NULL, NULL, '002:3524');

-- 9. Who activates which response level.
INSERT INTO response_level_rule (jurisdiction, grading_table, severity_levels, response_level, activated_by, coordinated_by, source_ref) VALUES
    ('370104', NULL, '{}', '一级', '区政府', NULL, '000:1173'),
    ('370104', NULL, '{}', '二级', '区级突发事件应对主要牵头部门', NULL, '000:1173'),
    ('370104', 'HY_DRUG_SAFETY', '{1,2,3}', 'Ⅰ级、Ⅱ级、Ⅲ级', '区政府在国家、省、市指挥部统一领导下组织实施', NULL, '000:3081'),
    ('370104', 'HY_DRUG_SAFETY', '{4}', 'Ⅳ级', '区政府（区指挥部办公室提出建议）', '区指挥部各工作组', '000:3083'),
    ('370303', NULL, '{}', '一级', '区委、区政府', '区长', '002:3386'),
    ('370303', NULL, '{}', '二级', '区政府', '常务副区长', '002:3386'),
    ('370303', NULL, '{}', '三级', '区政府分管负责同志', '区政府分管负责同志和牵头部门主要负责同志', '002:3386'),
    ('370303', NULL, '{}', '四级', '区级突发事件应对主要牵头部门', '牵头部门主要或分管负责同志', '002:3386');

-- 10. The registered plans of the source documents.
INSERT INTO emergency_plan (id, jurisdiction, title, plan_type, category, event_types, lead_departments, drafting_unit,
        approving_body, document_number, issue_date, interpreting_body, parent_plan_id, attachments, status, source_ref,
        created_at, updated_at) VALUES
    ('00000000-0000-4000-8000-000000000001', '370104', '济南市槐荫区突发事件总体应急预案', 'OVERALL', NULL, '{}', '{}',
        NULL, '济南市槐荫区人民政府', '济槐政发〔2022〕5号', DATE '2022-11-24', '区应急管理局', NULL,
        '{区级突发事件专项应急预案目录}', 'PUBLISHED', '000:1109-1117, 000:1651-1659', now(), now()),
    ('00000000-0000-4000-8000-000000000002', '370104', '槐荫区药品安全事件应急预案', 'SPECIAL', 'HEALTH', '{药品安全事件}',
        '{区市场监管局}', NULL, '槐荫区人民政府办公室（已经区政府同意）', '槐政办字〔2022〕7号', DATE '2022-11-25',
        '区市场监管局', '00000000-0000-4000-8000-000000000001', '{药品安全事件分级标准,处置槐荫区药品安全事件相关部门职责}',
        'PUBLISHED', '000:2826-2834, 000:3157-3162', now(), now()),
    ('00000000-0000-4000-8000-000000000003', '370303', '张店区突发事件总体应急预案', 'OVERALL', NULL, '{}', '{}',
        '张店区应急管理局', '淄博市张店区人民政府', '张政字〔2021〕95号', DATE '2021-12-31', '张店区应急管理局', NULL,
        '{突发事件主要牵头部门,突发事件应急保障工作主要牵头和配合部门}', 'PUBLISHED', '002:3351-3362, 002:3652-3655', now(), now());

INSERT INTO plan_transition (plan_id, from_status, to_status, actor, at, reason)
SELECT id, NULL, 'PUBLISHED', 'migration', now(), '按来源文件登记（' || source_ref || '）' FROM emergency_plan;

-- One filing duty per applicable rule; no filing is recorded in the sources, so filed_on stays empty.
INSERT INTO filing (id, plan_id, rule_id, issue_date, created_at)
SELECT gen_random_uuid(), p.id, r.id, p.issue_date, now()
FROM emergency_plan p JOIN filing_rule r ON r.jurisdiction = p.jurisdiction AND r.plan_type = p.plan_type
WHERE p.issue_date >= r.effective_from AND (r.effective_to IS NULL OR p.issue_date <= r.effective_to);

-- 11. 药品安全事件分级标准 (000:3162-3211), evaluated from the highest level down: any one criterion of a
--     level qualifies ("有下列情形之一的"). Bounds: "超过 N 人（含）" is >= N, "少于 N 人" is < N. The death
--     bands overlap at 2 and 5 (Ⅱ "2人以上、5人以下", Ⅲ "2人（含）以下", Ⅰ "5人（含）以上"); evaluating the
--     highest level first resolves them upwards. "其他危害…" criteria are an assessment the recorder states.
INSERT INTO grading_table (code, jurisdiction, name, event_type, plan_id, metrics, source_ref, created_at) VALUES
    ('HY_DRUG_SAFETY', '370104', '药品安全事件分级标准', '药品安全事件', '00000000-0000-4000-8000-000000000002',
     '[{"name":"similarAdverseEventCases","description":"相对集中的时间和区域内，批号相对集中的同一药品引起临床表现相似的、罕见或非预期的不良事件人数"},
       {"name":"severeAdverseEventCases","description":"引起特别严重不良事件（永久性伤残、器官功能永久性损伤或危及生命）的人数"},
       {"name":"deathsSameBatch","description":"同一批号药品短期内引起的患者死亡人数"},
       {"name":"similarCasesInArea","description":"同一区域内同时出现其他类似病例（true/false）"},
       {"name":"provincesWithLevelII","description":"短期内因同一药品发生Ⅱ级事件的省（区、市）数"},
       {"name":"citiesWithLevelIII","description":"短期内省内因同一药品发生Ⅲ级事件的市数"},
       {"name":"countiesWithLevelIV","description":"短期内 1 个市内同一药品发生Ⅳ级事件的区（县）数"},
       {"name":"otherHazardLevel","description":"“其他危害…”兜底条款：记录人评定的级别 1-4"}]',
     '000:3162-3211', now());

INSERT INTO grading_criterion (table_code, level, code, text, conditions, source_ref) VALUES
    ('HY_DRUG_SAFETY', 1, 'I-1a', '不良事件的人数超过 50 人（含）', '[{"metric":"similarAdverseEventCases","min":50}]', '000:3169'),
    ('HY_DRUG_SAFETY', 1, 'I-1b', '引起特别严重不良事件的人数超过 10 人（含）', '[{"metric":"severeAdverseEventCases","min":10}]', '000:3169'),
    ('HY_DRUG_SAFETY', 1, 'I-2', '同一批号药品短期内引起 5 人（含）以上患者死亡', '[{"metric":"deathsSameBatch","min":5}]', '000:3171'),
    ('HY_DRUG_SAFETY', 1, 'I-3', '短期内 2 个以上省（区、市）因同一药品发生Ⅱ级药品安全事件', '[{"metric":"provincesWithLevelII","min":2}]', '000:3173'),
    ('HY_DRUG_SAFETY', 1, 'I-4', '其他危害特别严重的药品安全事件', '[{"metric":"otherHazardLevel","equals":1}]', '000:3175'),
    ('HY_DRUG_SAFETY', 2, 'II-1a', '不良事件涉及人数超过 30 人（含），少于 50 人', '[{"metric":"similarAdverseEventCases","min":30,"below":50}]', '000:3181'),
    ('HY_DRUG_SAFETY', 2, 'II-1b', '引起特别严重不良事件的人数超过 5 人（含）', '[{"metric":"severeAdverseEventCases","min":5}]', '000:3181-3183'),
    ('HY_DRUG_SAFETY', 2, 'II-2', '同一批号药品短期内引起 2 人以上、5 人以下患者死亡，且在同一区域内同时出现其他类似病例', '[{"metric":"deathsSameBatch","min":2,"max":5},{"metric":"similarCasesInArea","equals":true}]', '000:3185'),
    ('HY_DRUG_SAFETY', 2, 'II-3', '短期内省内 2 个以上市因同一药品发生Ⅲ级药品安全事件', '[{"metric":"citiesWithLevelIII","min":2}]', '000:3187'),
    ('HY_DRUG_SAFETY', 2, 'II-4', '其他危害严重的重大药品安全事件', '[{"metric":"otherHazardLevel","equals":2}]', '000:3189'),
    ('HY_DRUG_SAFETY', 3, 'III-1a', '不良事件涉及人数超过 20 人（含），少于 30 人', '[{"metric":"similarAdverseEventCases","min":20,"below":30}]', '000:3195'),
    ('HY_DRUG_SAFETY', 3, 'III-1b', '引起特别严重不良事件涉及人数超过 3 人（含）', '[{"metric":"severeAdverseEventCases","min":3}]', '000:3195'),
    ('HY_DRUG_SAFETY', 3, 'III-2', '同一批号药品短期内引起 2 人（含）以下患者死亡，且在同一区域内同时出现其他类似病例', '[{"metric":"deathsSameBatch","min":1,"max":2},{"metric":"similarCasesInArea","equals":true}]', '000:3197'),
    ('HY_DRUG_SAFETY', 3, 'III-3', '短期内 1 个市内 2 个以上区（县）同一药品发生Ⅳ级药品安全事件', '[{"metric":"countiesWithLevelIV","min":2}]', '000:3199'),
    ('HY_DRUG_SAFETY', 3, 'III-4', '其他危害较大的药品安全事件', '[{"metric":"otherHazardLevel","equals":3}]', '000:3201'),
    ('HY_DRUG_SAFETY', 4, 'IV-1a', '不良事件涉及人数超过10人（含），少于20人', '[{"metric":"similarAdverseEventCases","min":10,"below":20}]', '000:3205'),
    ('HY_DRUG_SAFETY', 4, 'IV-1b', '引起特别严重不良事件涉及人数超过2人（含）', '[{"metric":"severeAdverseEventCases","min":2}]', '000:3205-3207'),
    ('HY_DRUG_SAFETY', 4, 'IV-2', '其他一般药品安全事件', '[{"metric":"otherHazardLevel","equals":4}]', '000:3209');

-- 12. Reporting clocks. Durations are ISO-8601; a repeating clock falls due every due_after from its start
--     until the response ends.
INSERT INTO reporting_clock_rule (jurisdiction, grading_table, code, name, levels, starts_at, due_after, repeats, source_ref) VALUES
    ('370104', 'HY_DRUG_SAFETY', 'DRUG_INITIAL_REPORT', '初步认定为Ⅰ、Ⅱ、Ⅲ级的，2小时内向区政府和市市场监管部门报告', '{1,2,3}', 'DISCOVERED', 'PT2H', FALSE, '000:2985-2987'),
    ('370104', 'HY_DRUG_SAFETY', 'DRUG_PROGRESS_REPORT', '每日报告事件进展情况', '{1,2,3,4}', 'RESPONSE_STARTED', 'P1D', TRUE, '000:3003-3005'),
    ('370104', 'HY_DRUG_SAFETY', 'DRUG_SUMMARY_REPORT', '应急响应终止后2周内报送总结报告', '{1,2,3,4}', 'RESPONSE_ENDED', 'P14D', FALSE, '000:3007'),
    ('370303', NULL, 'ZD_AUTHORITATIVE_RELEASE', '特别重大、重大突发事件最迟5小时内发布权威信息', '{1,2}', 'OCCURRED', 'PT5H', FALSE, '002:3502'),
    ('370303', NULL, 'ZD_PRESS_CONFERENCE', '特别重大、重大突发事件最迟24小时内举行新闻发布会', '{1,2}', 'OCCURRED', 'PT24H', FALSE, '002:3502');
