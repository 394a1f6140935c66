-- 临沂市兰山区国有土地上房屋征收与补偿办法 (临兰政发〔2022〕1号): residential compensation items with amounts.
INSERT INTO policy (code, title, document_no, jurisdiction, effective_from, effective_to, source_ref) VALUES
('LANSHAN_EXPROPRIATION', '临沂市兰山区国有土地上房屋征收与补偿办法', '临兰政发〔2022〕1号', '371302', '2022-04-01', '2026-07-31', '001:376');

INSERT INTO policy_rule (policy_code, rule_code, valid_from, valid_to, params, source_ref, quote) VALUES
('LANSHAN_EXPROPRIATION', 'MINIMUM_PRICE', '2022-04-01', '2026-07-31', '{"minShareOfMarket": 0.9}', '001:210',
 '被征收住宅房屋最低补偿标准不得低于被征收房屋所处区位新建普通商品住房市场价格的 90%'),
('LANSHAN_EXPROPRIATION', 'MINIMUM_AREA', '2022-04-01', '2026-07-31', '{"cashArea": 45, "multiStoreyArea": 45, "highRiseArea": 47}', '001:228',
 '被征收人只有一套住房，且被征收房屋建筑面积不足 45 平方米的，选择货币补偿的，按 45 平方米给予补偿；选择产权调换的，多层安置住宅按 45 平方米进行安置，高层安置住宅按 47 平方米进行安置'),
('LANSHAN_EXPROPRIATION', 'NO_DOUBLE_BENEFIT', '2022-04-01', '2026-07-31', '{}', '001:236',
 '由被征收人选择住房保障或者最低套型面积补偿，不得同时享受以上两项政策'),
('LANSHAN_EXPROPRIATION', 'RELOCATION', '2022-04-01', '2026-07-31', '{"perUnit": 2000}', '001:240',
 '按套享受一次性搬迁费 2000 元'),
('LANSHAN_EXPROPRIATION', 'TEMPORARY_RESETTLEMENT', '2022-04-01', '2026-07-31', '{"monthly": 1500, "cashMonths": 3, "multiStoreyMonths": 24, "highRiseMonths": 36, "overdueFactor": 2}', '001:244',
 '临时安置费按约定的过渡期限每（套）户每月 1500 元'),
('LANSHAN_EXPROPRIATION', 'TEMPORARY_CASH', '2022-04-01', '2026-07-31', '{}', '001:246',
 '被征收人选择货币补偿的，房屋征收部门应当向被征收人一次性支付 3 个月的临时安置费'),
('LANSHAN_EXPROPRIATION', 'TEMPORARY_NONE', '2022-04-01', '2026-07-31', '{}', '001:250',
 '被征收人选择房屋征收部门提供的周转用房的，不支付临时安置费'),
('LANSHAN_EXPROPRIATION', 'TEMPORARY_OVERDUE', '2022-04-01', '2026-07-31', '{}', '001:254',
 '因房屋征收部门的责任延长过渡期限的，自逾期之日起按照标准双倍支付临时安置费；被征收人选择房屋征收部门提供的周转用房的，自逾期之日起按照标准支付临时安置费'),
('LANSHAN_EXPROPRIATION', 'BUILD_FIRST', '2022-04-01', '2026-07-31', '{}', '001:256',
 '实行先建设后搬迁的，不支付临时安置费'),
('LANSHAN_EXPROPRIATION', 'DECORATION', '2022-04-01', '2026-07-31', '{"SIMPLE": 50, "FINE": 100}', '001:282',
 '简装修的,按每平方米50元补偿;精装修的,按每平方米100元补偿'),
('LANSHAN_EXPROPRIATION', 'EARLY_SIGNING', '2022-04-01', '2026-07-31', '{"amount": 20000}', '001:284',
 '在规定的奖励期限内签订协议的,给予2万元奖励。逾期未签协议或未按规定时间腾空房屋的,不享受奖励政策');
