-- Optimistic concurrency for reporting schedules: one version per indicator's schedule (and the default's), raised by
-- every PUT that sends the version it read. Kept apart from the rows, which a return to the default deletes.
CREATE TABLE reporting_schedule_version (
    indicator_code TEXT   PRIMARY KEY,
    version        BIGINT NOT NULL
);
INSERT INTO reporting_schedule_version (indicator_code, version)
SELECT DISTINCT indicator_code, 0 FROM reporting_schedule;
