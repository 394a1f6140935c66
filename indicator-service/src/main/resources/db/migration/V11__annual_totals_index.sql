-- Issue 17 (evaluation): the current annual whole-population values, by indicator, year and jurisdiction, which is
-- what an evaluation reads for the streets of each-street targets (Observations.annual). The current-series index
-- leads with the jurisdiction after the indicator, so a street query read every jurisdiction's rows of the indicator;
-- this one is a few MB for a million values and serves it from the index alone (INCLUDE).
CREATE INDEX monitoring_value_annual_totals ON monitoring_value (indicator_code, period, jurisdiction)
    INCLUDE (year, value, status)
    WHERE is_current AND sex = 'TOTAL' AND residence = 'TOTAL' AND age_group = 'TOTAL' AND length(period) = 4;
