-- Issue 17 (compliance reads): the version of what a compliance view is made of, which emergency-service's kept
-- answers are keyed by (cn.guihua.emergency.compliance.ComplianceAnswers). Every transaction that writes one of the
-- tables below adds one to it, in the same transaction: whatever writes them (the API, the reference loader, another
-- replica, SQL by hand), the new version becomes visible in the same commit as the change. The epoch tells a
-- recreated database from this one. The same design as plan-service's plan_catalogue_version (its V8).
CREATE TABLE compliance_version (
    id      BOOLEAN PRIMARY KEY DEFAULT true CHECK (id),
    epoch   UUID    NOT NULL DEFAULT gen_random_uuid(),
    version BIGINT  NOT NULL DEFAULT 0
);
INSERT INTO compliance_version DEFAULT VALUES;

-- Once per transaction (a transaction-local setting, undone with the transaction or a savepoint rolled back to before
-- it); before the statement, so that a writer takes the version row's lock before any row of the inputs and two
-- writers never deadlock on it.
CREATE FUNCTION compliance_inputs_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('guihua.compliance_inputs_changed', true) IS DISTINCT FROM 'on' THEN
        UPDATE compliance_version SET version = version + 1;
        PERFORM set_config('guihua.compliance_inputs_changed', 'on', true);
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    -- every table ComplianceResource.compliance reads
    FOREACH t IN ARRAY ARRAY['emergency_plan', 'plan_edition', 'filing', 'filing_rule', 'drill', 'drill_rule',
            'revision_trigger', 'revision_circumstance', 'periodic_duty', 'duty_report', 'calendar_year', 'calendar_day'] LOOP
        EXECUTE format('CREATE TRIGGER compliance_inputs_changed BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                'FOR EACH STATEMENT EXECUTE FUNCTION compliance_inputs_changed()', t);
    END LOOP;
END
$$;
