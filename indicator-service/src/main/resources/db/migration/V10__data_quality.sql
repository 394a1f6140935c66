-- Data quality (issue 19): validation rules, outlier bounds, reporting schedules and the overdue notices sent.
-- Nothing here references monitoring_value by a foreign key: the benchmark and operators truncate that table alone.

-- A validation rule (校验规则): left side, operator, right side over values of the same jurisdiction and period
-- (docs/indicator-service.md, "Validation rules"). Shipped rules have no jurisdiction (they apply everywhere); a
-- planner's rule applies in its jurisdiction and below.
CREATE TABLE validation_rule (
    id                     BIGSERIAL   PRIMARY KEY,
    code                   TEXT        NOT NULL UNIQUE,
    importance             TEXT        NOT NULL,
    left_side              TEXT        NOT NULL,
    operator               TEXT        NOT NULL,
    right_side             TEXT        NOT NULL,
    tolerance              NUMERIC     NOT NULL DEFAULT 0,
    tolerance_percent      NUMERIC     NOT NULL DEFAULT 0,
    missing_value_strategy TEXT        NOT NULL DEFAULT 'SKIP_IF_ANY_VALUE_MISSING',
    message_zh             TEXT        NOT NULL,
    message_en             TEXT        NOT NULL,
    indicator_codes        TEXT        NOT NULL DEFAULT '',
    value_types            TEXT        NOT NULL DEFAULT '',
    units                  TEXT        NOT NULL DEFAULT '',
    jurisdiction           TEXT,
    origin                 TEXT        NOT NULL,
    enabled                BOOLEAN     NOT NULL DEFAULT TRUE,
    created_by             TEXT        NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by             TEXT,
    updated_at             TIMESTAMPTZ,
    lock_version           BIGINT      NOT NULL DEFAULT 0
);

-- The disaggregations every indicator has (sex, residence) and the bounds of every ratio. The plans ask for figures by sex
-- and age (「加强部门分年龄、分性别统计工作」, seed 000:593 women's plan, 000:1093 children's) and for better data quality
-- (「规范监测数据收集渠道、报送方式，提高数据质量」, 000:597, 000:1099); the rules themselves are arithmetic, not quoted.
-- Additive units only for the sums and parts: counts of people, institutions, cases and amounts; never per-capita
-- figures, durations or ages. The sums are warnings (a part may be unknown, as 不详), a part above its total an error.
INSERT INTO validation_rule (code, importance, left_side, operator, right_side, tolerance, tolerance_percent,
        missing_value_strategy, message_zh, message_en, indicator_codes, value_types, units, origin, created_by) VALUES
    ('SEX_SUM', 'WARNING', 'value[sex=FEMALE] + value[sex=MALE]', 'EQUAL_TO', 'value[sex=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '女性与男性之和应等于合计', 'Female and male should add up to the total',
        '', 'COUNT,QUANTITY', '人,个,所,家,项,支,名,件,处,户,例,座,起,次,亩,吨,公里', 'SHIPPED', 'migration'),
    ('RESIDENCE_SUM', 'WARNING', 'value[residence=URBAN] + value[residence=RURAL]', 'EQUAL_TO', 'value[residence=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '城镇与农村之和应等于合计', 'Urban and rural should add up to the total',
        '', 'COUNT,QUANTITY', '人,个,所,家,项,支,名,件,处,户,例,座,起,次,亩,吨,公里', 'SHIPPED', 'migration'),
    ('FEMALE_AT_MOST_TOTAL', 'ERROR', 'value[sex=FEMALE]', 'LESS_THAN_OR_EQUAL_TO', 'value[sex=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '女性不能多于合计', 'The female figure cannot exceed the total',
        '', 'COUNT,QUANTITY', '人,个,所,家,项,支,名,件,处,户,例,座,起,次,亩,吨,公里', 'SHIPPED', 'migration'),
    ('MALE_AT_MOST_TOTAL', 'ERROR', 'value[sex=MALE]', 'LESS_THAN_OR_EQUAL_TO', 'value[sex=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '男性不能多于合计', 'The male figure cannot exceed the total',
        '', 'COUNT,QUANTITY', '人,个,所,家,项,支,名,件,处,户,例,座,起,次,亩,吨,公里', 'SHIPPED', 'migration'),
    ('URBAN_AT_MOST_TOTAL', 'ERROR', 'value[residence=URBAN]', 'LESS_THAN_OR_EQUAL_TO', 'value[residence=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '城镇不能多于合计', 'The urban figure cannot exceed the total',
        '', 'COUNT,QUANTITY', '人,个,所,家,项,支,名,件,处,户,例,座,起,次,亩,吨,公里', 'SHIPPED', 'migration'),
    ('RURAL_AT_MOST_TOTAL', 'ERROR', 'value[residence=RURAL]', 'LESS_THAN_OR_EQUAL_TO', 'value[residence=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '农村不能多于合计', 'The rural figure cannot exceed the total',
        '', 'COUNT,QUANTITY', '人,个,所,家,项,支,名,件,处,户,例,座,起,次,亩,吨,公里', 'SHIPPED', 'migration'),
    ('SEX_NUMERATOR_SUM', 'WARNING', 'numerator[sex=FEMALE] + numerator[sex=MALE]', 'EQUAL_TO', 'numerator[sex=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '女性与男性的分子之和应等于合计的分子', 'The female and male numerators should add up to the total''s',
        '', 'PERCENTAGE,RATE', '', 'SHIPPED', 'migration'),
    ('SEX_DENOMINATOR_SUM', 'WARNING', 'denominator[sex=FEMALE] + denominator[sex=MALE]', 'EQUAL_TO', 'denominator[sex=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '女性与男性的分母之和应等于合计的分母', 'The female and male denominators should add up to the total''s',
        '', 'PERCENTAGE,RATE', '', 'SHIPPED', 'migration'),
    ('RESIDENCE_NUMERATOR_SUM', 'WARNING', 'numerator[residence=URBAN] + numerator[residence=RURAL]', 'EQUAL_TO', 'numerator[residence=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '城镇与农村的分子之和应等于合计的分子', 'The urban and rural numerators should add up to the total''s',
        '', 'PERCENTAGE,RATE', '', 'SHIPPED', 'migration'),
    ('RESIDENCE_DENOMINATOR_SUM', 'WARNING', 'denominator[residence=URBAN] + denominator[residence=RURAL]', 'EQUAL_TO', 'denominator[residence=TOTAL]', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '城镇与农村的分母之和应等于合计的分母', 'The urban and rural denominators should add up to the total''s',
        '', 'PERCENTAGE,RATE', '', 'SHIPPED', 'migration'),
    ('NUMERATOR_AT_MOST_DENOMINATOR', 'ERROR', 'numerator', 'LESS_THAN_OR_EQUAL_TO', 'denominator', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '分子不能大于分母', 'The numerator cannot exceed the denominator',
        '', '', '%,‰,1/10万', 'SHIPPED', 'migration'),
    ('PER_MILLE_AT_MOST_1000', 'ERROR', 'value', 'LESS_THAN_OR_EQUAL_TO', '1000', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '千分率不能超过 1000‰', 'A per-mille rate cannot exceed 1000‰',
        '', '', '‰', 'SHIPPED', 'migration'),
    ('PER_100K_AT_MOST_100000', 'ERROR', 'value', 'LESS_THAN_OR_EQUAL_TO', '100000', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '十万分率不能超过 100000/10万', 'A rate per 100 000 cannot exceed 100 000',
        '', '', '1/10万', 'SHIPPED', 'migration'),
    -- the plans set the three side by side, per 1000 live births (000:663 「新生儿、婴儿和5岁以下儿童死亡率分别控制在3‰、
    -- 3‰和3.5‰以下」); by their definitions deaths within 28 days are among those within a year, and those among the
    -- deaths within five years, of the same live births
    ('NEONATAL_AT_MOST_INFANT', 'ERROR', 'value(NEONATAL_MORTALITY)', 'LESS_THAN_OR_EQUAL_TO', 'value(INFANT_MORTALITY)', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '新生儿死亡率不能高于婴儿死亡率', 'Neonatal mortality cannot exceed infant mortality',
        'NEONATAL_MORTALITY,INFANT_MORTALITY', '', '', 'SHIPPED', 'migration'),
    ('INFANT_AT_MOST_UNDER5', 'ERROR', 'value(INFANT_MORTALITY)', 'LESS_THAN_OR_EQUAL_TO', 'value(UNDER5_MORTALITY)', 0, 0,
        'SKIP_IF_ANY_VALUE_MISSING', '婴儿死亡率不能高于5岁以下儿童死亡率', 'Infant mortality cannot exceed under-five mortality',
        'INFANT_MORTALITY,UNDER5_MORTALITY', '', '', 'SHIPPED', 'migration');

-- Min-max bounds a planner sets for a series (an indicator in a jurisdiction and below, optionally one period type).
CREATE TABLE outlier_bound (
    id             BIGSERIAL   PRIMARY KEY,
    indicator_code TEXT        NOT NULL,
    jurisdiction   TEXT        NOT NULL,
    period_type    TEXT,
    min_value      NUMERIC,
    max_value      NUMERIC,
    reason         TEXT,
    created_by     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL,
    updated_by     TEXT,
    updated_at     TIMESTAMPTZ,
    lock_version   BIGINT      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX outlier_bound_series ON outlier_bound (indicator_code, jurisdiction, COALESCE(period_type, ''));

-- When each indicator is to be reported: a row per period type it is reported for, with the days after the period's end
-- by which the report is due. An indicator without rows of its own follows the rows of '*'.
CREATE TABLE reporting_schedule (
    indicator_code TEXT        NOT NULL,
    period_type    TEXT        NOT NULL,
    due_days       INT         NOT NULL,
    set_by         TEXT        NOT NULL,
    set_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator_code, period_type)
);
-- The plans monitor yearly (「对规划实施实行年度监测」, 000:579 women, 000:1079 children) and name no deadline for the
-- annual data (digest plans-children.md, 4): the shipped default, due 90 days after the year (the end of March), is
-- an assumption an admin changes per indicator (PUT /api/v1/reporting-schedules/{indicatorCode}).
INSERT INTO reporting_schedule (indicator_code, period_type, due_days, set_by) VALUES ('*', 'YEAR', 90, 'migration');

-- Every (jurisdiction, indicator, period) that was found overdue and announced once (reporting.overdue.v1).
CREATE TABLE overdue_notice (
    jurisdiction   TEXT        NOT NULL,
    indicator_code TEXT        NOT NULL,
    period         TEXT        NOT NULL,
    due_date       DATE        NOT NULL,
    event_id       UUID        NOT NULL,
    noticed_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (jurisdiction, indicator_code, period)
);

-- The warning-level validation results a value was stored with (JSON; null when it passed every rule).
ALTER TABLE monitoring_value ADD COLUMN quality_flags TEXT;
