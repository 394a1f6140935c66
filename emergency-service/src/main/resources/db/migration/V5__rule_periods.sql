-- Every rule table carries the period it is in force, from the day the plan that sets it took effect
-- (槐荫区 overall plan 000:1653 and drug plan 000:3157 自印发之日起; 张店区 overall plan 002:3653 自发布之日起).
ALTER TABLE revision_circumstance ADD COLUMN effective_from DATE, ADD COLUMN effective_to DATE;
ALTER TABLE response_level_rule ADD COLUMN effective_from DATE, ADD COLUMN effective_to DATE;
ALTER TABLE reporting_clock_rule ADD COLUMN effective_from DATE, ADD COLUMN effective_to DATE;
ALTER TABLE grading_table ADD COLUMN effective_from DATE, ADD COLUMN effective_to DATE;

UPDATE revision_circumstance SET effective_from = DATE '2022-11-24' WHERE jurisdiction = '370104';
UPDATE response_level_rule SET effective_from = DATE '2022-11-24' WHERE jurisdiction = '370104' AND grading_table IS NULL;
UPDATE response_level_rule SET effective_from = DATE '2022-11-25' WHERE grading_table = 'HY_DRUG_SAFETY';
UPDATE response_level_rule SET effective_from = DATE '2021-12-31' WHERE jurisdiction = '370303';
UPDATE reporting_clock_rule SET effective_from = DATE '2022-11-25' WHERE grading_table = 'HY_DRUG_SAFETY';
UPDATE reporting_clock_rule SET effective_from = DATE '2021-12-31' WHERE jurisdiction = '370303';
UPDATE grading_table SET effective_from = DATE '2022-11-25' WHERE code = 'HY_DRUG_SAFETY';

ALTER TABLE revision_circumstance ALTER COLUMN effective_from SET NOT NULL;
ALTER TABLE response_level_rule ALTER COLUMN effective_from SET NOT NULL;
ALTER TABLE reporting_clock_rule ALTER COLUMN effective_from SET NOT NULL;
ALTER TABLE grading_table ALTER COLUMN effective_from SET NOT NULL;
